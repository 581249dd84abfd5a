package org.diac.dsl.ui.server;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions (line, UTF-16 character) and document offsets, clamped to the document. */
public final class Positions {

	private Positions() {
	}

	public static int offset(IDocument document, Position position) {
		try {
			if (position.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			int start = document.getLineOffset(position.getLine());
			int length = document.getLineLength(position.getLine());
			return start + Math.max(0, Math.min(position.getCharacter(), length));
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static Position position(IDocument document, int offset) {
		try {
			int clamped = Math.max(0, Math.min(offset, document.getLength()));
			int line = document.getLineOfOffset(clamped);
			return new Position(line, clamped - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	/** Start and end offsets of a range. */
	public static int[] offsets(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		return new int[] { start, Math.max(start, offset(document, range.getEnd())) };
	}
}
