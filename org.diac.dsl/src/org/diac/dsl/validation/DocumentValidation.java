package org.diac.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.library.BuiltInLibrary;
import org.diac.dsl.scoping.ImportResolver;
import org.diac.dsl.scoping.ImportResolver.ImportedDocument;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Validates one document as its own root: a fresh resource set, its imports, the built-in library. Nothing
 * is shared between two calls, so documents cannot see each other's types. Never throws on bad input: a
 * document that breaks the validator itself is reported as a diagnostic, not a stack trace.
 */
public class DocumentValidation {

	@Inject
	private DocumentLoader loader;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ImportResolver imports;

	/** Diagnostics of {@code file} and of the documents it imports, sorted by file and position. */
	public List<Diagnostic> validate(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		try {
			return DocumentLoader.onLargeStack("diac-validate", () -> validate(file, content));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while validating " + file, e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof StackOverflowError) {
				return List.of(new Diagnostic(file.toString(), 1, 1, Diagnostic.Severity.ERROR, IssueCodes.YAML_SYNTAX,
						"document nests too deeply to be processed"));
			}
			return List.of(new Diagnostic(file.toString(), 1, 1, Diagnostic.Severity.ERROR, "DIAC-INTERNAL",
					"the validator failed on this document (" + e.getCause() + "); please report it"));
		}
	}

	private List<Diagnostic> validate(Path file, byte[] content) throws IOException {
		XtextResource resource = loader.load(content, URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Diagnostic diagnostic : issues(resource, file.toString())) {
			diagnostics.add(rootVersion(diagnostic));
		}
		for (ImportedDocument imported : imports.closure(resource)) {
			Resource importedResource = imported.resource();
			if (importedResource instanceof XtextResource && !BuiltInLibrary.isLibrary(importedResource.getURI())) {
				diagnostics.addAll(issues(importedResource, displayPath(file, importedResource.getURI())));
			}
		}
		diagnostics.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return diagnostics;
	}

	/** An imported definitions file may inherit its importer's version; the document validated as root may not. */
	private static Diagnostic rootVersion(Diagnostic diagnostic) {
		if (!IssueCodes.TOSCA_VERSION.equals(diagnostic.code()) || diagnostic.severity() != Diagnostic.Severity.WARNING) {
			return diagnostic;
		}
		return new Diagnostic(diagnostic.file(), diagnostic.line(), diagnostic.column(), Diagnostic.Severity.ERROR, diagnostic.code(),
				"the document has no tosca_definitions_version; TOSCA 1.3 §3.9.3.1 requires it of every service template you validate "
						+ "(only files it imports may omit it)");
	}

	private List<Diagnostic> issues(Resource resource, String displayName) {
		List<Diagnostic> result = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			result.add(new Diagnostic(displayName, value(issue.getLineNumber()), value(issue.getColumn()), severity(issue), code(issue),
					issue.getMessage()));
		}
		return result;
	}

	private static String displayPath(Path root, URI uri) {
		if (!uri.isFile()) {
			return uri.toString();
		}
		Path imported = Path.of(uri.toFileString());
		Path base = root.toAbsolutePath().normalize().getParent();
		Path relativeTo = Path.of("").toAbsolutePath();
		try {
			return relativeTo.relativize(imported).toString();
		} catch (IllegalArgumentException e) {
			return base == null ? imported.toString() : imported.toString();
		}
	}

	private static int value(Integer number) {
		return number == null || number < 1 ? 1 : number;
	}

	private static Diagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Diagnostic.Severity.ERROR;
			case WARNING -> Diagnostic.Severity.WARNING;
			default -> Diagnostic.Severity.INFO;
		};
	}

	/** Xtext's own codes for syntax and linking problems are mapped to the stable ones of LANGUAGE.md. */
	private static String code(Issue issue) {
		String code = issue.getCode();
		if (code == null || code.startsWith("org.eclipse.xtext")) {
			return issue.isSyntaxError() ? IssueCodes.YAML_SYNTAX : code == null ? "DIAC-INTERNAL" : code.contains("Linking")
					? IssueCodes.TOSCA_UNKNOWN_TYPE : code;
		}
		return code;
	}
}
