package org.diac.diagram.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.edit.DocumentEdits;
import org.diac.diagram.glsp.DiagramServer;
import org.diac.diagram.glsp.DocumentFile;
import org.diac.diagram.instances.InstanceView;
import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.ElkTopologyLayout;
import org.diac.diagram.layout.Point;
import org.diac.diagram.layout.SidecarLayout;
import org.diac.diagram.model.Severity;
import org.diac.diagram.svg.InstanceSvgWriter;
import org.diac.diagram.svg.SvgDiagramWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diac diagram FILE [--port N]}: the interactive editor in the browser (GLSP), served on 127.0.0.1 until
 * Ctrl-C; {@code diac diagram --svg FILE [--out F]}: the document's topology as a static SVG, laid out by ELK, with
 * the positions of {@code FILE.layout.json} where it has them; with {@code --instances [--seed HEX] [--epoch N]}, the
 * instance level of that epoch (one box per worker instance, coloured by operator), else the type level. Exit 0: drawn (errors of the document are drawn as
 * decorations); 1: malformed YAML, nothing drawn (--svg); 2: wrong usage, an unreadable file, a busy port.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, description = {
		"Draws the topology of a DiaC/TOSCA document: node templates by kind, requirements as edges, policies and",
		"groups as badges, diagnostics as decorations. With --svg, a static SVG (ELK layered layout; positions in",
		"FILE.layout.json, if present, win). Without --svg, serves the diagram editor on 127.0.0.1 (prints the URL;",
		"Ctrl-C stops it): move nodes (kept in FILE.layout.json), create from the palette, connect requirements, edit",
		"properties, rename and delete (written to FILE), undo/redo; changes of FILE made elsewhere reload the diagram.",
		"--svg --instances [--seed HEX] [--epoch N]: the worker instances of one epoch coloured by operator.",
		"Exit 0: drawn; 1: malformed YAML; 2: wrong usage, unreadable file or busy port." })
public class DiagramCommand implements Callable<Integer> {

	public static final int DRAWN = 0;
	public static final int MALFORMED = 1;
	public static final int USAGE = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = "--svg", description = "write a static SVG instead of serving the editor")
	boolean svg;

	@Option(names = "--port", paramLabel = "N", description = "the editor's port on 127.0.0.1 (default: a free one)")
	int port;

	@Option(names = "--out", paramLabel = "F", description = "where the SVG goes (default: standard output)")
	Path output;

	@Option(names = "--instances", description = "with --svg: the instance level of one epoch (the mapper's allocation, as diac map"
			+ " makes it), one box per worker instance coloured by its operator; the type level when there is nothing to map")
	boolean instances;

	@Option(names = "--seed", paramLabel = "HEX", description = "with --instances: the epoch's seed, 32 bytes as 64 hex digits"
			+ " (the VRF output beta; default: 64 zeros)")
	String seed;

	@Option(names = "--epoch", paramLabel = "N", defaultValue = "0", description = "with --instances: the epoch number (default: ${DEFAULT-VALUE})")
	long epoch;

	@Parameters(index = "0", paramLabel = "FILE", description = "the DiaC/TOSCA document")
	Path file;

	/** How the SVG body is written: the type level or the instance level. */
	private interface Drawing {
		void write(Writer writer) throws IOException;
	}

	/** Serves the editor until the process is stopped (Ctrl-C); the JVM's shutdown stops Jetty. */
	private int serve(PrintWriter err) {
		if (port < 0 || port > 65535) {
			err.println("diac diagram: --port must be 0-65535");
			return USAGE;
		}
		DiagramDocuments documents = new DiagramDocuments();
		DocumentFile document = new DocumentFile(file, documents, new DocumentEdits(documents.injector()));
		DiagramServer server;
		try {
			server = DiagramServer.start(document, port);
		} catch (Exception e) {
			err.println("diac diagram: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
			return USAGE;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				// stopping anyway
			}
		}, "diac-diagram-stop"));
		PrintWriter out = spec.commandLine().getOut();
		out.println(server.uri());
		out.flush();
		err.println("diac diagram: editing " + document.path() + " at " + server.uri() + " (positions in " + SidecarLayout.of(document.path())
				+ "); Ctrl-C stops");
		err.flush();
		try {
			server.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return DRAWN;
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("diac diagram: cannot read " + file + (Files.isDirectory(file) ? " (a directory)" : " (no such readable file)"));
			return USAGE;
		}
		if (!svg) {
			if (output != null || instances) {
				err.println("diac diagram: " + (output != null ? "--out" : "--instances") + " needs --svg");
				return USAGE;
			}
			return serve(err);
		}
		if (!instances && (seed != null || epoch != 0)) {
			err.println("diac diagram: --seed and --epoch need --instances");
			return USAGE;
		}
		byte[] seedBytes = new byte[32];
		if (seed != null) {
			try {
				seedBytes = HexFormat.of().parseHex(seed.strip());
			} catch (IllegalArgumentException e) {
				seedBytes = null;
			}
			if (seedBytes == null || seedBytes.length != 32) {
				err.println("diac diagram: --seed must be 32 bytes as 64 hex digits");
				return USAGE;
			}
		}
		if (epoch < 0) {
			err.println("diac diagram: --epoch must be >= 0");
			return USAGE;
		}
		DiagramDocuments documents = new DiagramDocuments();
		DiagramDocuments.Result result;
		try {
			result = documents.load(file);
		} catch (IOException e) {
			err.println("diac diagram: cannot read " + file + ": " + e.getMessage());
			return USAGE;
		}
		if (!result.drawn()) {
			result.syntaxErrors().forEach(d -> err.println(d.toText()));
			err.println("diac diagram: " + file + " is not well-formed YAML (" + result.syntaxErrors().size() + " syntax error"
					+ (result.syntaxErrors().size() == 1 ? "" : "s") + "); nothing drawn");
			return MALFORMED;
		}
		Map<String, Point> pinned;
		try {
			pinned = SidecarLayout.read(file);
		} catch (IOException e) {
			err.println("diac diagram: warning: " + e.getMessage() + "; ELK's layout is used for every node");
			pinned = Map.of();
		}
		DiagramLayout layout = ElkTopologyLayout.layout(result.diagram(), pinned);
		Drawing drawing = writer -> SvgDiagramWriter.write(result.diagram(), layout, writer);
		if (instances) {
			InstanceView view;
			try {
				view = documents.instances(file, seedBytes, epoch);
			} catch (IOException e) {
				err.println("diac diagram: cannot read " + file + ": " + e.getMessage());
				return USAGE;
			}
			if (view.mapped()) {
				drawing = writer -> InstanceSvgWriter.write(view, writer);
				err.println("diac diagram: instance level of epoch " + epoch + ": " + view.slotCount() + " worker instances in " + view.groups().size()
						+ " groups, " + view.operators().size() + " operators");
			} else {
				err.println("diac diagram: nothing to map at instance level (" + String.join("; ", view.problems()) + "); drawn at type level");
			}
		}
		try {
			if (output == null) {
				StringWriter text = new StringWriter();
				drawing.write(text);
				PrintWriter out = spec.commandLine().getOut();
				out.print(text);
				out.flush();
			} else {
				try (Writer writer = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
					drawing.write(writer);
				}
			}
		} catch (IOException e) {
			err.println("diac diagram: cannot write " + (output == null ? "the SVG" : output) + ": " + e.getMessage());
			return USAGE;
		}
		long errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
		long warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
		if (errors + warnings > 0) {
			err.println("diac diagram: " + file + " has " + errors + " error" + (errors == 1 ? "" : "s") + " and " + warnings + " warning"
					+ (warnings == 1 ? "" : "s") + ", drawn as decorations (diac validate lists them)");
		}
		if (!pinned.isEmpty()) {
			long used = pinned.keySet().stream().filter(id -> result.diagram().node(id).isPresent()).count();
			err.println("diac diagram: " + used + " position" + (used == 1 ? "" : "s") + " from " + SidecarLayout.of(file));
		}
		if (output != null) {
			err.println("diac diagram: wrote " + output);
		}
		err.flush();
		return DRAWN;
	}
}
