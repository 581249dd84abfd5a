package org.diac.dsl.parser.antlr;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.diac.dsl.parser.YamlErrorToken;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Gives every syntax error a stable code: the lexer's own reason for malformed YAML, TOSCA-UNKNOWN-KEY for a
 * TOSCA keyword used as a key where TOSCA does not define it, YAML-SYNTAX for the rest.
 */
public class DiacSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		Token token = exception == null ? null : exception.token;
		if (token instanceof YamlErrorToken error) {
			return new SyntaxErrorMessage(error.getReason(), error.getCode());
		}
		if (token != null && isKeyword(context, token) && nextIsColon(exception)) {
			return new SyntaxErrorMessage("key '" + token.getText() + "' is not defined at this place by TOSCA 1.3",
					IssueCodes.TOSCA_UNKNOWN_KEY);
		}
		String found = token == null || token.getType() == Token.EOF ? "end of file" : describe(token);
		return new SyntaxErrorMessage("malformed document: unexpected " + found + " (" + context.getDefaultMessage() + ")",
				IssueCodes.YAML_SYNTAX);
	}

	private static boolean isKeyword(IParserErrorContext context, Token token) {
		String[] names = context.getTokenNames();
		int type = token.getType();
		return type > 0 && type < names.length && !names[type].startsWith("RULE_") && Character.isLetter(token.getText().charAt(0));
	}

	private static boolean nextIsColon(RecognitionException exception) {
		if (!(exception.input instanceof org.antlr.runtime.TokenStream stream)) {
			return false;
		}
		int index = exception.token.getTokenIndex();
		for (int i = index + 1; i < stream.size(); i++) {
			Token next = stream.get(i);
			String text = next.getText();
			if (text == null || text.isBlank()) {
				continue;
			}
			return ":".equals(text);
		}
		return false;
	}

	private static String describe(Token token) {
		String text = token.getText();
		if (text == null || text.isEmpty()) {
			return token.getType() == org.diac.dsl.parser.antlr.internal.InternalDiacParser.RULE_BEGIN ? "indentation" : "end of block";
		}
		return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
	}
}
