package org.diac.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diac.diagram.model.TopologyDiagram;

/** Test fixtures: the examples and small documents, read once per JVM through one language injector. */
public final class Documents {

	private static DiagramDocuments documents;

	private Documents() {
	}

	public static synchronized DiagramDocuments documents() {
		if (documents == null) {
			documents = new DiagramDocuments();
		}
		return documents;
	}

	public static Path example(String name) {
		return Path.of(System.getProperty("diac.repo", ".."), "examples", name);
	}

	public static DiagramDocuments.Result load(Path file) {
		try {
			return documents().load(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static TopologyDiagram diagram(Path file) {
		DiagramDocuments.Result result = load(file);
		if (!result.drawn()) {
			throw new AssertionError("not drawn: " + result.syntaxErrors());
		}
		return result.diagram();
	}

	/** {@code text} written as {@code name} in {@code dir}. */
	public static Path write(Path dir, String name, String text) {
		try {
			return Files.writeString(dir.resolve(name), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The sharding example with {@code from} replaced by {@code to} (which must occur). */
	public static Path shardingWith(Path dir, String from, String to) {
		try {
			String text = Files.readString(example("sharding-network.diac"));
			if (!text.contains(from)) {
				throw new AssertionError("not in the example: " + from);
			}
			return write(dir, "sharding-edited.diac", text.replace(from, to));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
