package org.diac.dsl.parser;

import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

/** Serves the tokens {@link YamlScanner} produced for one input, then EOF; shared by both generated lexers. */
public final class YamlTokenBuffer {

	private final YamlTokenTypes types;
	private CharStream input;
	private List<Token> tokens;
	private int next;

	public YamlTokenBuffer(YamlTokenTypes types) {
		this.types = types;
	}

	public void reset(CharStream newInput) {
		this.input = newInput;
		this.tokens = null;
		this.next = 0;
	}

	public Token nextToken() {
		if (tokens == null) {
			tokens = YamlScanner.scan(input, types);
		}
		if (next < tokens.size()) {
			return tokens.get(next++);
		}
		int end = input.size();
		CommonToken eof = new CommonToken(input, Token.EOF, Token.DEFAULT_CHANNEL, end, end - 1);
		Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
		eof.setLine(last == null ? 1 : last.getLine());
		return eof;
	}
}
