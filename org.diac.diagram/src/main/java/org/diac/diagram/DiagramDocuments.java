package org.diac.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.Severity;
import org.diac.diagram.model.TopologyDiagram;
import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * A document file read into its diagram: validated the way {@code diac validate} validates it (the diagnostics
 * become decorations), then loaded and linked by the same language runtime and turned into a
 * {@link TopologyDiagram}. Malformed YAML gets no diagram: its syntax errors are the result.
 */
public final class DiagramDocuments {

	/** The diagram, or the syntax errors that leave nothing sound to draw; {@code diagnostics} are all of them. */
	public record Result(TopologyDiagram diagram, List<Decoration> diagnostics, List<Decoration> syntaxErrors) {

		public boolean drawn() {
			return diagram != null;
		}
	}

	private final Injector injector;

	public DiagramDocuments() {
		this(new DiacStandaloneSetup().createInjectorAndDoEMFRegistration());
	}

	public DiagramDocuments(Injector injector) {
		this.injector = injector;
	}

	/** The language's injector (for the editor's text edits, which must read documents the same way). */
	public Injector injector() {
		return injector;
	}

	/** Reads {@code file}; IOException when it cannot be read. */
	public Result load(Path file) throws IOException {
		String name = file.toString();
		List<Decoration> diagnostics = injector.getInstance(DocumentValidation.class).validate(file).stream()
				.map(DiagramDocuments::decoration).toList();
		List<Decoration> syntax = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR && d.file().equals(name)
				&& (IssueCodes.YAML_SYNTAX.equals(d.code()) || IssueCodes.YAML_TAB.equals(d.code()))).toList();
		if (!syntax.isEmpty()) {
			return new Result(null, diagnostics, syntax);
		}
		byte[] content = Files.readAllBytes(file);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		DocumentLoader loader = injector.getInstance(DocumentLoader.class);
		String title = file.getFileName() == null ? name : file.getFileName().toString();
		try {
			TopologyDiagram diagram = DocumentLoader.onLargeStack("diac-diagram", () -> {
				XtextResource resource = loader.load(content, uri);
				EcoreUtil.resolveAll(resource);
				ServiceTemplate template = resource.getContents().isEmpty() ? null : (ServiceTemplate) resource.getContents().get(0);
				return TopologyDiagramGenerator.generate(template, title, diagnostics, name);
			});
			return new Result(diagram, diagnostics, List.of());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading " + file, e);
		} catch (ExecutionException e) {
			// validation parsed the same text without failing, so this is a defect of the diagram, not of the input
			throw new IllegalStateException("the diagram of " + file + " failed: " + e.getCause(), e.getCause());
		}
	}

	static Decoration decoration(Diagnostic d) {
		Severity severity = switch (d.severity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			case INFO -> Severity.INFO;
		};
		return new Decoration(severity, d.code(), d.message(), d.file(), d.line(), d.column());
	}
}
