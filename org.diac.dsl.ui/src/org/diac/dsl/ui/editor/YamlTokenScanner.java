package org.diac.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.graphics.Color;

/**
 * Lexical colouring of YAML, line by line, so it never depends on the parse: comments, keys ({@code name:}), quoted
 * strings, numbers and booleans, and the indicators ({@code - : [ ] { } & * |}). The meaning of names (types,
 * templates, functions, {@code {{module.path}}}) comes on top from the semantic tokens.
 */
final class YamlTokenScanner implements ITokenScanner {

	private static final IToken COMMENT = token(Styles.COMMENT);
	private static final IToken KEY = token(Styles.KEY);
	private static final IToken STRING = token(Styles.STRING);
	private static final IToken NUMBER = token(Styles.NUMBER);
	private static final IToken PUNCTUATION = token(Styles.PUNCTUATION);
	private static final IToken PLAIN = new Token(null);

	private String text = "";
	private int base;
	private int position;
	private int tokenStart;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		base = offset;
		position = 0;
	}

	@Override
	public IToken nextToken() {
		tokenStart = position;
		if (position >= text.length()) {
			return Token.EOF;
		}
		char c = text.charAt(position);
		if (Character.isWhitespace(c)) {
			while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
				position++;
			}
			return Token.WHITESPACE;
		}
		if (c == '#' && (position == 0 || Character.isWhitespace(text.charAt(position - 1)))) {
			return toEndOfLine(COMMENT);
		}
		if (c == '"' || c == '\'') {
			position++;
			while (position < text.length() && text.charAt(position) != c && text.charAt(position) != '\n') {
				position += text.charAt(position) == '\\' && c == '"' ? 2 : 1;
			}
			position = Math.min(text.length(), position + 1);
			return isKey() ? KEY : STRING;
		}
		if ("-:[]{},&*|>!".indexOf(c) >= 0) {
			position++;
			return PUNCTUATION;
		}
		while (position < text.length() && !endsPlainScalar(position)) {
			position++;
		}
		if (isKey()) {
			return KEY;
		}
		String word = text.substring(tokenStart, position);
		return word.matches("[-+]?(\\d[\\d_.]*([eE][-+]?\\d+)?|\\.inf|\\.nan)|true|false|null|~") ? NUMBER : PLAIN;
	}

	private boolean endsPlainScalar(int at) {
		char c = text.charAt(at);
		if (c == '\n' || c == ',' || c == ']' || c == '}' || c == '[' || c == '{') {
			return true;
		}
		if (c == ':' && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)))) {
			return true;
		}
		return c == '#' && at > 0 && Character.isWhitespace(text.charAt(at - 1));
	}

	/** The scalar just read is a key: a colon follows (after spaces). */
	private boolean isKey() {
		int at = position;
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
		return at < text.length() && text.charAt(at) == ':' && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)));
	}

	private IToken toEndOfLine(IToken token) {
		while (position < text.length() && text.charAt(position) != '\n') {
			position++;
		}
		return token;
	}

	@Override
	public int getTokenOffset() {
		return base + tokenStart;
	}

	@Override
	public int getTokenLength() {
		return position - tokenStart;
	}

	private static IToken token(Styles.Style style) {
		return new Token(new TextAttribute(new Color(style.color()), null, style.fontStyle()));
	}
}
