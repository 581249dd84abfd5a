package org.diac.dsl.ui.commands;

import org.diac.dsl.ui.DiacUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Toggle Comment (Ctrl+/): comments the selected lines with {@code "# "} at their smallest indentation, or, when every
 * non-blank selected line is a comment already, removes one {@code #} (and the space after it) from each.
 */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			try {
				toggle(editor.getDocumentProvider().getDocument(editor.getEditorInput()), selection.getStartLine(), selection.getEndLine());
			} catch (BadLocationException e) {
				DiacUiPlugin.log("toggle comment", e);
			}
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allComments = true;
		int indent = Integer.MAX_VALUE;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = line(document, line);
			if (!text.isBlank()) {
				int lead = text.length() - text.stripLeading().length();
				indent = Math.min(indent, lead);
				allComments &= text.stripLeading().startsWith("#");
			}
		}
		if (indent == Integer.MAX_VALUE) {
			return;
		}
		for (int line = lastLine; line >= firstLine; line--) {
			String text = line(document, line);
			int offset = document.getLineOffset(line);
			if (text.isBlank()) {
				continue;
			}
			if (allComments) {
				int hash = text.indexOf('#');
				int length = hash + 1 < text.length() && text.charAt(hash + 1) == ' ' ? 2 : 1;
				document.replace(offset + hash, length, "");
			} else {
				document.replace(offset + indent, 0, "# ");
			}
		}
	}

	private static String line(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
