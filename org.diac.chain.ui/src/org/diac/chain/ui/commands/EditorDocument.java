package org.diac.chain.ui.commands;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The active DiaC editor's file and its text as shown (unsaved edits included): what Publish and Propose send. */
public record EditorDocument(IFile file, String text) {

	public static Optional<EditorDocument> active(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return of(editor);
	}

	public static Optional<EditorDocument> of(IEditorPart editor) {
		if (!(editor instanceof ITextEditor text)) {
			return Optional.empty();
		}
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			return Optional.empty();
		}
		return Optional.of(new EditorDocument(file, text.getDocumentProvider().getDocument(editor.getEditorInput()).get()));
	}
}
