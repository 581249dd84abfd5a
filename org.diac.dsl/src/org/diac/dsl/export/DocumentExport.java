package org.diac.dsl.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses one document and exports it as a plain tree ({@link TreeExporter}). Only syntax matters here: a document
 * with unresolved names or failing checks is exported as written, one with syntax errors is not exported at all
 * (its node model is incomplete, so something would be lost).
 */
public class DocumentExport {

	/** Deeply nested documents recurse deeply in the parser (as in DocumentValidation). */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	/** Either the tree, or the syntax errors that prevented it. */
	public record Result(Object tree, List<Diagnostic> syntaxErrors) {

		public boolean exported() {
			return syntaxErrors.isEmpty();
		}
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	public Result export(Path file) throws IOException {
		return export(Files.readAllBytes(file), file.toString(), URI.createFileURI(file.toAbsolutePath().normalize().toString()));
	}

	/** {@code displayName} names the document in diagnostics; {@code uri} is where it lives (for its resource set). */
	public Result export(byte[] content, String displayName, URI uri) throws IOException {
		AtomicReference<Result> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(null, () -> {
			try {
				result.set(parseAndExport(content, displayName, uri));
			} catch (StackOverflowError e) {
				result.set(new Result(null, List.of(new Diagnostic(displayName, 1, 1, Diagnostic.Severity.ERROR, IssueCodes.YAML_SYNTAX,
						"document nests too deeply to be processed"))));
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "diac-export", STACK_BYTES);
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while exporting " + displayName, e);
		}
		if (failure.get() instanceof IOException e) {
			throw e;
		}
		if (failure.get() != null) {
			throw new IllegalStateException("export failed on " + displayName + ": " + failure.get(), failure.get());
		}
		return result.get();
	}

	private Result parseAndExport(byte[] content, String displayName, URI uri) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = resources.get();
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try (InputStream in = new ByteArrayInputStream(content)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		List<Diagnostic> errors = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic syntax) {
				errors.add(new Diagnostic(displayName, Math.max(1, syntax.getLine()), Math.max(1, syntax.getColumn()), Diagnostic.Severity.ERROR,
						code(syntax), syntax.getMessage()));
			}
		}
		if (!errors.isEmpty() || resource.getContents().isEmpty()) {
			return new Result(null, errors);
		}
		return new Result(TreeExporter.tree(resource.getContents().get(0)), List.of());
	}

	/** The lexer's and the syntax error provider's stable codes; Xtext's own ones become YAML-SYNTAX. */
	private static String code(XtextSyntaxDiagnostic syntax) {
		String code = syntax.getCode();
		return code == null || code.startsWith("org.eclipse.xtext") ? IssueCodes.YAML_SYNTAX : code;
	}
}
