package org.diac.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.diac.diagram.instances.DocumentInstances;
import org.diac.diagram.instances.InstanceView;
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

	/**
	 * The diagram, or the syntax errors that leave nothing sound to draw; {@code diagnostics} are all of them.
	 * {@code partial} is, for malformed YAML, what the parser's recovery still read (the editor shows it under an
	 * error banner; the static SVG does not draw it), or null.
	 */
	public record Result(TopologyDiagram diagram, List<Decoration> diagnostics, List<Decoration> syntaxErrors, TopologyDiagram partial) {

		public Result(TopologyDiagram diagram, List<Decoration> diagnostics, List<Decoration> syntaxErrors) {
			this(diagram, diagnostics, syntaxErrors, null);
		}

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
		byte[] content = Files.readAllBytes(file);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		DocumentLoader loader = injector.getInstance(DocumentLoader.class);
		String title = file.getFileName() == null ? name : file.getFileName().toString();
		if (!syntax.isEmpty()) {
			return new Result(null, diagnostics, syntax, partial(loader, content, uri, title, diagnostics, name));
		}
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

	/**
	 * The instance level of {@code file} for one epoch (the mapper's allocation, as {@code diac map} makes it), or
	 * the reasons there is none: errors in the document (the mapper reads only valid documents), syntax errors, or
	 * nothing to map (no operators with stakes, no NodeGroup, no worker, values known only at deployment).
	 */
	public InstanceView instances(Path file, byte[] seed, long epoch) throws IOException {
		String title = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		long errors = injector.getInstance(DocumentValidation.class).validate(file).stream()
				.filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
		if (errors > 0) {
			return new InstanceView(title, epoch, null, List.of(), List.of(),
					List.of("the document has " + errors + " error" + (errors == 1 ? "" : "s") + " (diac validate lists them)"));
		}
		byte[] content = Files.readAllBytes(file);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		DocumentLoader loader = injector.getInstance(DocumentLoader.class);
		try {
			return DocumentLoader.onLargeStack("diac-diagram-instances", () -> {
				XtextResource resource = loader.load(content, uri);
				EcoreUtil.resolveAll(resource);
				ServiceTemplate template = resource.getContents().isEmpty() ? null : (ServiceTemplate) resource.getContents().get(0);
				String name = TopologyDiagramGenerator.generate(template, title, List.of(), file.toString()).title();
				return DocumentInstances.of(template == null ? null : template.getTopology(), name, seed, epoch);
			});
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading " + file, e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("the instance view of " + file + " failed: " + e.getCause(), e.getCause());
		}
	}

	/** What the parser recovered from malformed YAML, as a diagram; null when that fails or holds no template. */
	private static TopologyDiagram partial(DocumentLoader loader, byte[] content, URI uri, String title, List<Decoration> diagnostics, String name) {
		try {
			TopologyDiagram diagram = DocumentLoader.onLargeStack("diac-diagram-partial", () -> {
				XtextResource resource = loader.load(content, uri);
				EcoreUtil.resolveAll(resource);
				ServiceTemplate template = resource.getContents().isEmpty() ? null : (ServiceTemplate) resource.getContents().get(0);
				return TopologyDiagramGenerator.generate(template, title, diagnostics, name);
			});
			return diagram.nodes().isEmpty() ? null : diagram;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException | RuntimeException e) {
			return null; // a recovered model the generator cannot read: the banner alone says what is wrong
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
