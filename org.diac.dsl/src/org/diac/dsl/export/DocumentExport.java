package org.diac.dsl.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import com.google.inject.Inject;

/**
 * Parses one document and exports it as a plain tree ({@link TreeExporter}). Only syntax matters here: a document
 * with unresolved names or failing checks is exported as written, one with syntax errors is not exported at all
 * (its node model is incomplete, so something would be lost).
 */
public class DocumentExport {

	/** Deeply nested documents recurse deeply in the parser (as in DocumentValidation). */
	/** Either the tree, or the syntax errors that prevented it. */
	public record Result(Object tree, List<Diagnostic> syntaxErrors) {

		public boolean exported() {
			return syntaxErrors.isEmpty();
		}
	}

	@Inject
	private DocumentLoader loader;

	public Result export(Path file) throws IOException {
		return export(Files.readAllBytes(file), file.toString(), URI.createFileURI(file.toAbsolutePath().normalize().toString()));
	}

	/** {@code displayName} names the document in diagnostics; {@code uri} is where it lives (for its resource set). */
	public Result export(byte[] content, String displayName, URI uri) throws IOException {
		try {
			return DocumentLoader.onLargeStack("diac-export", () -> parseAndExport(content, displayName, uri));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while exporting " + displayName, e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof StackOverflowError) {
				return new Result(null, List.of(new Diagnostic(displayName, 1, 1, Diagnostic.Severity.ERROR, IssueCodes.YAML_SYNTAX,
						"document nests too deeply to be processed")));
			}
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException("export failed on " + displayName + ": " + e.getCause(), e.getCause());
		}
	}

	private Result parseAndExport(byte[] content, String displayName, URI uri) throws IOException {
		XtextResource resource = loader.load(content, uri);
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
