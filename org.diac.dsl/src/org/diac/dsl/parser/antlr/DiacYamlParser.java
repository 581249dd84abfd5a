package org.diac.dsl.parser.antlr;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.Lexer;

/**
 * The generated parser with the lexer handed to the token stream directly. {@link DiacLexer} already emits
 * BEGIN/END, so the generated {@link DiacTokenSource} wrapper would only pass tokens through; without it the
 * token stream also takes the document's text from the character stream instead of concatenating every
 * token's text.
 */
public class DiacYamlParser extends DiacParser {

	@Override
	protected TokenSource createLexer(CharStream stream) {
		Lexer lexer = getLexerProvider().get();
		lexer.setCharStream(stream);
		return lexer;
	}
}
