package org.diac.dsl.ide.contentassist.antlr;

import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.diac.dsl.ide.contentassist.antlr.lexer.InternalDiacLexer;
import org.diac.dsl.parser.YamlTokenTypes;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;

/**
 * The content-assist lexer: the same hand-written YAML scanner as the runtime lexer (so completion sees the
 * BEGIN/END of indentation and flow collections), with the content-assist grammar's token types, looked up by
 * name in its own {@code .tokens} file, and the prefix handling of {@link CompletionPrefixTokens}.
 */
public class DiacContentAssistLexer extends InternalDiacLexer {

	private static final String TOKENS = "org/diac/dsl/ide/contentassist/antlr/internal/InternalDiacParser.tokens";

	private static final class Types {
		static final YamlTokenTypes INSTANCE = load();

		private static YamlTokenTypes load() {
			AntlrTokenDefProvider defs = new AntlrTokenDefProvider();
			defs.setAntlrTokenFileProvider(() -> DiacContentAssistLexer.class.getClassLoader().getResourceAsStream(TOKENS));
			return new YamlTokenTypes(defs.getTokenDefMap());
		}
	}

	private List<Token> tokens;
	private int next;

	public DiacContentAssistLexer() {
	}

	public DiacContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		tokens = null;
		next = 0;
	}

	@Override
	public Token nextToken() {
		if (tokens == null) {
			tokens = CompletionPrefixTokens.scan(input, Types.INSTANCE);
			next = 0;
		}
		if (next < tokens.size()) {
			return tokens.get(next++);
		}
		if (next > tokens.size()) {
			// Xtext's ContentAssistContextFactory lexes a prefix until it meets the Token.EOF_TOKEN singleton (what
			// ANTLR 3.2 lexers return): a fresh EOF token at every call kept completion inside a word reading forever
			return Token.EOF_TOKEN;
		}
		next++;
		int end = input.size();
		CommonToken eof = new CommonToken(input, Token.EOF, Token.DEFAULT_CHANNEL, end, end - 1);
		eof.setLine(tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).getLine());
		return eof;
	}
}
