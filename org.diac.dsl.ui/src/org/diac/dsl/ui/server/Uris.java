package org.diac.dsl.ui.server;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;

/** The URIs the language server names documents by ({@code file:///...}), and the workspace files they are. */
public final class Uris {

	private Uris() {
	}

	public static String of(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	public static String of(IFile file) {
		return file.getLocation() == null ? null : of(file.getLocation().toFile().toPath());
	}

	/** The URI of an editor's document, or {@code null} when it has no file behind it. */
	public static String of(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		if (buffer.getLocation() != null) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
			if (file.exists() && file.getLocation() != null) {
				return of(file);
			}
		}
		URI store = buffer.getFileStore() == null ? null : buffer.getFileStore().toURI();
		return store != null && "file".equals(store.getScheme()) ? of(Paths.get(store)) : null;
	}

	/** The workspace file at a {@code file:} URI, or {@code null}. */
	public static IFile file(String uri) {
		try {
			URI location = URI.create(uri);
			if (!"file".equals(location.getScheme())) {
				return null;
			}
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Paths.get(location).toUri());
			return files.length == 0 ? null : files[0];
		} catch (RuntimeException e) {
			return null;
		}
	}
}
