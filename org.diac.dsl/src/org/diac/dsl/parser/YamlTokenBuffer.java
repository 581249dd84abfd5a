package org.diac.dsl.parser;

import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

/**
 * Serves the tokens {@link YamlScanner} produced for one input, then a positioned EOF (syntax errors at the end of
 * the document get its line), then {@link Token#EOF_TOKEN}; shared by both generated lexers.
 */
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
		if (next > tokens.size()) {
			// ANTLR 3.2 lexers end with the Token.EOF_TOKEN singleton, and Xtext's content assist loops until it sees
			// that very object (ContentAssistContextFactory.createContextsForLastCompleteNode): a fresh EOF token at
			// every call would keep it reading forever
			return Token.EOF_TOKEN;
		}
		next++;
		int end = input.size();
		CommonToken eof = new CommonToken(input, Token.EOF, Token.DEFAULT_CHANNEL, end, end - 1);
		Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
		eof.setLine(last == null ? 1 : last.getLine());
		return eof;
	}
}
