package org.diac.diagram.ui.sync;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;

/**
 * Who owns the document's text: the diagram server edits the file on disk, the text editors edit the file's buffer.
 * While the buffer has unsaved changes the text editor owns it and the diagram must not write (its edit would be made
 * on the saved text and then meet the editor's in a conflict); when the buffer is saved (or reverted) the file is the
 * truth again and the diagram reads it anew. This listens to the buffer of one file (shared by every text editor
 * open on it) and reports both moments on the UI thread.
 */
public final class TextOwnership implements IFileBufferListener, AutoCloseable {

	/** What the diagram does at each moment. */
	public interface Listener {
		/** A text editor has unsaved changes: the diagram shows the saved file and takes no edits. */
		void textEditorOwnsText();

		/** The text was saved, reverted or closed unsaved: the diagram reads the file again and takes edits. */
		void fileOwnsText();
	}

	private final IPath location;
	private final Display display;
	private final Listener listener;
	private final ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();

	public TextOwnership(IFile file, Display display, Listener listener) {
		this.location = file.getFullPath();
		this.display = display;
		this.listener = listener;
		manager.addFileBufferListener(this);
	}

	/** Whether a text editor has unsaved changes of the file now. */
	public boolean textIsDirty() {
		ITextFileBuffer buffer = manager.getTextFileBuffer(location, LocationKind.IFILE);
		return buffer != null && buffer.isDirty();
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		report(buffer, isDirty);
	}

	/** The last editor closed without saving: its changes are gone, the file is the text. */
	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		report(buffer, false);
	}

	private void report(IFileBuffer buffer, boolean editorOwns) {
		if (!location.equals(buffer.getLocation()) || display.isDisposed()) {
			return;
		}
		display.asyncExec(editorOwns ? listener::textEditorOwnsText : listener::fileOwnsText);
	}

	@Override
	public void close() {
		manager.removeFileBufferListener(this);
	}

	// the other moments of a buffer's life do not change who owns the text

	@Override
	public void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
