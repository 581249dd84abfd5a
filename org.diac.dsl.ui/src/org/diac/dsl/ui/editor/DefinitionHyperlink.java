package org.diac.dsl.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import org.diac.dsl.ui.DiacUiPlugin;
import org.diac.dsl.ui.server.Positions;
import org.diac.dsl.ui.server.Uris;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens a definition: a workspace file in its editor; a file outside the workspace through its file store; a
 * built-in library file (inside the language bundle) as a read-only copy in this bundle's state folder.
 */
final class DefinitionHyperlink implements IHyperlink {

	private final IRegion region;
	private final String uri;
	private final Range range;

	DefinitionHyperlink(IRegion region, String uri, Range range) {
		this.region = region;
		this.uri = uri;
		this.range = range;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open Definition";
	}

	@Override
	public String getHyperlinkText() {
		return "Open Definition in " + uri.substring(uri.lastIndexOf('/') + 1);
	}

	@Override
	public void open() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart editor;
			IFile file = Uris.file(uri);
			if (file != null) {
				editor = IDE.openEditor(page, file);
			} else {
				editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(localCopy().toUri()));
			}
			if (editor instanceof ITextEditor text) {
				var document = text.getDocumentProvider().getDocument(text.getEditorInput());
				int[] offsets = Positions.offsets(document, range);
				text.selectAndReveal(offsets[0], offsets[1] - offsets[0]);
			}
		} catch (CoreException | IOException | RuntimeException e) {
			DiacUiPlugin.log("cannot open " + uri, e);
		}
	}

	/** A {@code file:} path as is; anything else (the library inside a jar) copied once, read-only. */
	private Path localCopy() throws IOException {
		URI location = URI.create(uri);
		if ("file".equals(location.getScheme())) {
			return Paths.get(location);
		}
		Path folder = Platform.getStateLocation(Platform.getBundle(DiacUiPlugin.ID)).toFile().toPath().resolve("library");
		Files.createDirectories(folder);
		Path copy = folder.resolve(uri.substring(uri.lastIndexOf('/') + 1));
		try (InputStream in = location.toURL().openStream()) {
			copy.toFile().setWritable(true);
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		copy.toFile().setWritable(false);
		return copy;
	}
}
