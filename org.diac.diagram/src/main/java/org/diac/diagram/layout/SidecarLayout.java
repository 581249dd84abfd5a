package org.diac.diagram.layout;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * Positions the user gave nodes, kept beside the document in {@code <document>.layout.json} and never in the TOSCA
 * text: {@code {"version": 1, "positions": {"alice": {"x": 40, "y": 300}}}} (top-left corners, pixels).
 */
public final class SidecarLayout {

	public static final String SUFFIX = ".layout.json";

	/** The file's JSON shape. */
	private static final class Json {
		int version = 1;
		Map<String, Point> positions = new LinkedHashMap<>();
	}

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private SidecarLayout() {
	}

	/** {@code <document>.layout.json} beside {@code document}. */
	public static Path of(Path document) {
		return document.resolveSibling(document.getFileName() + SUFFIX);
	}

	/** The positions in the sidecar of {@code document}; empty when there is none. */
	public static Map<String, Point> read(Path document) throws IOException {
		Path file = of(document);
		if (!Files.isRegularFile(file)) {
			return Map.of();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Json json = GSON.fromJson(reader, Json.class);
			if (json == null || json.positions == null) {
				return Map.of();
			}
			Map<String, Point> positions = new LinkedHashMap<>();
			json.positions.forEach((id, p) -> {
				if (p != null) {
					positions.put(id, p);
				}
			});
			return positions;
		} catch (JsonParseException e) {
			throw new IOException(file + ": not a layout file (" + e.getMessage() + ")", e);
		}
	}

	/** Writes {@code positions} to the sidecar of {@code document} (what a diagram editor does after a drag). */
	public static void write(Path document, Map<String, Point> positions) throws IOException {
		Json json = new Json();
		json.positions.putAll(positions);
		try (Writer writer = Files.newBufferedWriter(of(document), StandardCharsets.UTF_8)) {
			GSON.toJson(json, writer);
		}
	}
}
