package org.diac.dsl.parser.antlr;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.diac.dsl.parser.YamlTokenBuffer;
import org.diac.dsl.parser.YamlTokenTypes;
import org.diac.dsl.parser.antlr.lexer.InternalDiacLexer;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;

/**
 * The runtime lexer: YAML is context-sensitive, so the hand-written {@link org.diac.dsl.parser.YamlScanner}
 * replaces the generated ANTLR rules; the generated class only contributes its token vocabulary.
 */
public class DiacLexer extends InternalDiacLexer {

	private static final class Types {
		static final YamlTokenTypes INSTANCE = load();

		private static YamlTokenTypes load() {
			AntlrTokenDefProvider defs = new AntlrTokenDefProvider();
			defs.setAntlrTokenFileProvider(new DiacAntlrTokenFileProvider());
			return new YamlTokenTypes(defs.getTokenDefMap());
		}
	}

	/** The token types this lexer emits. */
	public static YamlTokenTypes tokenTypes() {
		return Types.INSTANCE;
	}

	private final YamlTokenBuffer buffer = new YamlTokenBuffer(Types.INSTANCE);

	public DiacLexer() {
	}

	public DiacLexer(CharStream input) {
		super(input);
		buffer.reset(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		if (buffer != null) {
			buffer.reset(input);
		}
	}

	@Override
	public Token nextToken() {
		return buffer.nextToken();
	}
}
