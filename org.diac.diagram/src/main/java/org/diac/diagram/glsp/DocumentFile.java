package org.diac.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.edit.DocumentEdits;
import org.diac.diagram.layout.Point;
import org.diac.diagram.layout.SidecarLayout;
import org.eclipse.emf.common.util.URI;

/**
 * The one document a diagram server shows, shared by its browser sessions: its text (the source model), its
 * sidecar positions, and the language services that read and edit it. Writes are serialized on this object.
 */
public final class DocumentFile {

	private final Path path;
	private final DiagramDocuments documents;
	private final DocumentEdits edits;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public DocumentFile(Path path, DiagramDocuments documents, DocumentEdits edits) {
		this.path = path.toAbsolutePath().normalize();
		this.documents = documents;
		this.edits = edits;
	}

	public Path path() {
		return path;
	}

	public URI uri() {
		return URI.createFileURI(path.toString());
	}

	public DiagramDocuments documents() {
		return documents;
	}

	public DocumentEdits edits() {
		return edits;
	}

	public synchronized String text() {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public synchronized void writeText(String text) {
		try {
			Files.writeString(path, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Writes {@code text} only if the file still holds {@code expected} (compare and set, under this object's lock,
	 * which every write of this server takes); false, and nothing written, when someone else changed it.
	 */
	public synchronized boolean replaceText(String expected, String text) {
		if (!text().equals(expected)) {
			return false;
		}
		if (!expected.equals(text)) {
			writeText(text);
		}
		return true;
	}

	/**
	 * Calls {@code listener} whenever the file may have changed (a {@link DocumentWatcher} saw it): edits of any
	 * session of this server or of anyone else. Closing the result stops the calls.
	 */
	public AutoCloseable onChange(Runnable listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/** Tells every listener that the file may have changed. */
	void changed() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/** The sidecar's positions; empty when there is none or it is not a layout file. */
	public synchronized Map<String, Point> positions() {
		try {
			return new LinkedHashMap<>(SidecarLayout.read(path));
		} catch (IOException e) {
			return new LinkedHashMap<>();
		}
	}

	/** Writes the sidecar; an empty map removes it (the layout is ELK's again). */
	public synchronized void writePositions(Map<String, Point> positions) {
		try {
			if (positions.isEmpty()) {
				Files.deleteIfExists(SidecarLayout.of(path));
			} else {
				SidecarLayout.write(path, positions);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
