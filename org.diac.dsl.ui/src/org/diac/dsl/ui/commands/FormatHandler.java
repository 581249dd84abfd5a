package org.diac.dsl.ui.commands;

import java.util.List;

import org.diac.dsl.ui.DiacUiPlugin;
import org.diac.dsl.ui.editor.OpenDocuments;
import org.diac.dsl.ui.quickfix.TextEdits;
import org.diac.dsl.ui.server.LanguageSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Format Document (Ctrl+Shift+F): the server's whitespace edits; a document with syntax errors is left as it is. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		}
		return null;
	}

	public static void format(IDocument document) {
		String uri = OpenDocuments.uri(document);
		if (uri == null) {
			return;
		}
		List<? extends TextEdit> edits = LanguageSession.await(LanguageSession.get().documents()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))), "formatting " + uri);
		if (edits != null && !edits.isEmpty()) {
			try {
				TextEdits.apply(document, edits);
			} catch (BadLocationException e) {
				DiacUiPlugin.log("formatting " + uri, e);
			}
		}
	}
}
