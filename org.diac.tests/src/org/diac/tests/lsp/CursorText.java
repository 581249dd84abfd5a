package org.diac.tests.lsp;

import org.eclipse.lsp4j.Position;

/** A document written with a caret {@code ‸} where the cursor stands: the text without it, and the position. */
record CursorText(String text, Position cursor) {

	static final String CARET = "‸";

	static CursorText of(String marked) {
		int offset = marked.indexOf(CARET);
		if (offset < 0 || marked.indexOf(CARET, offset + 1) >= 0) {
			throw new IllegalArgumentException("mark the cursor with exactly one " + CARET);
		}
		return new CursorText(marked.substring(0, offset) + marked.substring(offset + CARET.length()), positionOf(marked, offset));
	}

	/** The position of {@code offset} in {@code text} (0-based line and character, as LSP counts them). */
	static Position positionOf(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}
}
