package org.diac.dsl.parser.antlr;

import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.diac.dsl.parser.DiacNodeModelBuilder;
import org.diac.dsl.parser.ReplayedToken;
import org.diac.dsl.parser.YamlDuplicateKeys;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated parser with the lexer handed to the token stream directly. {@link DiacLexer} already emits
 * BEGIN/END, so the generated {@link DiacTokenSource} wrapper would only pass tokens through; without it the
 * token stream also takes the document's text from the character stream instead of concatenating every
 * token's text. Every parsed document gets its repeated mapping keys ({@link YamlDuplicateKeys}) from the token
 * list, for the duplicate-key check: the parser has the tokens at hand, a second walk would have to rebuild them.
 * Leaves of aliased values get their anchored text ({@link DiacNodeModelBuilder}).
 */
public class DiacYamlParser extends DiacParser {

	/** The token stream of the parse running on this thread. */
	private static final ThreadLocal<XtextTokenStream> STREAM = new ThreadLocal<>();

	@Override
	protected TokenSource createLexer(CharStream stream) {
		Lexer lexer = getLexerProvider().get();
		lexer.setCharStream(stream);
		return lexer;
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		XtextTokenStream stream = super.createTokenStream(tokenSource);
		STREAM.set(stream);
		return stream;
	}

	/** Aliased values are replayed tokens whose leaves need their text (see DiacNodeModelBuilder). */
	@Override
	protected NodeModelBuilder createNodeModelBuilder() {
		return new DiacNodeModelBuilder();
	}

	private static boolean hasReplayedTokens(List<?> tokens) {
		for (Object token : tokens) {
			if (token instanceof ReplayedToken) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		try {
			IParseResult result = super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
			XtextTokenStream stream = STREAM.get();
			if (stream != null && result != null && result.getRootNode() != null && nodeModelBuilder instanceof DiacNodeModelBuilder builder
					&& hasReplayedTokens(stream.getTokens())) {
				builder.replayTexts(result.getRootNode(), stream.getTokens());
			}
			if (stream != null && result != null && result.getRootASTElement() != null) {
				List<YamlDuplicateKeys.Key> keys = YamlDuplicateKeys.find(stream.getTokens(), DiacLexer.tokenTypes());
				if (keys != null) {
					YamlDuplicateKeys.attach(result.getRootASTElement(), keys);
				}
			}
			return result;
		} finally {
			STREAM.remove();
		}
	}
}
