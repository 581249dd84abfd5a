package org.diac.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.diac.dsl.ui.server.Positions;
import org.diac.dsl.ui.server.Uris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Applies the language server's text edits to documents: back to front, so earlier offsets stay valid. */
public final class TextEdits {

	private TextEdits() {
	}

	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		List<int[]> ranges = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (TextEdit edit : edits) {
			ranges.add(Positions.offsets(document, edit.getRange()));
			texts.add(edit.getNewText());
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> ranges.get(i)[0]).reversed());
		for (int i : order) {
			document.replace(ranges.get(i)[0], ranges.get(i)[1] - ranges.get(i)[0], texts.get(i));
		}
	}

	/**
	 * A workspace edit on workspace files: through the file's buffer, so an open editor shows the change (and stays
	 * dirty); a file no editor has open is saved.
	 */
	public static void apply(WorkspaceEdit edit) throws CoreException, BadLocationException {
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				apply(change.getKey(), change.getValue());
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					TextDocumentEdit documentEdit = change.getLeft();
					apply(documentEdit.getTextDocument().getUri(), documentEdit.getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList());
				}
			}
		}
	}

	private static void apply(String uri, List<? extends TextEdit> edits) throws CoreException, BadLocationException {
		IFile file = Uris.file(uri);
		if (file == null) {
			return;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		boolean open = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			apply(buffer.getDocument(), edits);
			if (!open) {
				buffer.commit(null, true);
			}
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}
}
