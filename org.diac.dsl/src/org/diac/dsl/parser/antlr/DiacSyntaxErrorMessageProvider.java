package org.diac.dsl.parser.antlr;

import java.util.Set;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.diac.dsl.parser.YamlErrorToken;
import org.diac.dsl.parser.antlr.internal.InternalDiacParser;
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
		String wrongKind = token == null ? null : wrongKind(exception);
		if (wrongKind != null) {
			return new SyntaxErrorMessage(wrongKind, IssueCodes.TOSCA_WRONG_KIND);
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
		return type > 0 && type < names.length && !names[type].startsWith("RULE_") && token.getText() != null
				&& !token.getText().isEmpty() && Character.isLetter(token.getText().charAt(0)); // zero-width tokens (a dash the scanner adds) have no text
	}

	private static boolean nextIsColon(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream stream)) {
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

	/**
	 * A well-formed YAML value of the wrong kind for its TOSCA key: a list where a map is required (the first
	 * item's '-' right after the opening of the value), a map or list where a scalar is required (the value opens
	 * a block or flow collection right after ':'), a map where a list is required (a key right after the opening).
	 * Null when the error is something else.
	 */
	private String wrongKind(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream stream)) {
			return null;
		}
		Token token = exception.token;
		int index = token.getTokenIndex();
		if (index < 0 || firstYamlError(stream) != Integer.MAX_VALUE) {
			return null; // after malformed YAML the parser's view of kinds is unreliable: stay with YAML-SYNTAX
		}
		Token previous = significant(stream, index, -1, 1);
		Token beforePrevious = significant(stream, index, -1, 2);
		boolean afterColon = is(previous, ":");
		boolean openedValue = previous != null && previous.getType() == InternalDiacParser.RULE_BEGIN && is(beforePrevious, ":");
		String key = openedValue ? keyBefore(stream, index, 3) : afterColon ? keyBefore(stream, index, 2) : null;
		String of = key == null ? "" : " of '" + key + "'";
		if ((is(token, "-") || token.getType() == InternalDiacParser.RULE_EMPTY_LIST) && openedValue) {
			return "the value" + of + " is a list, but TOSCA requires a map here";
		}
		if (token.getType() == InternalDiacParser.RULE_BEGIN && afterColon) {
			return "the value" + of + " is a map or list, but TOSCA requires a single value (a scalar) here";
		}
		if (openedValue && LIST_KEYS.contains(key) && isScalarToken(token) && is(significant(stream, index, 1, 1), ":")) {
			return "the value" + of + " is a map, but TOSCA requires a list here (write each entry as '- ')";
		}
		return null;
	}

	/** TOSCA keys whose value is a list (TOSCA 1.3 §3.6–3.9). */
	private static final Set<String> LIST_KEYS = Set.of("imports", "requirements", "constraints", "members",
			"targets", "valid_target_types", "valid_source_types");

	private TokenStream scannedStream;
	private int scannedFirstError;

	/** Index of the first token the YAML scanner marked as malformed; scanned once per token stream. */
	private synchronized int firstYamlError(TokenStream stream) {
		if (stream != scannedStream) {
			scannedStream = stream;
			scannedFirstError = Integer.MAX_VALUE;
			for (int i = 0; i < stream.size(); i++) {
				if (stream.get(i) instanceof YamlErrorToken) {
					scannedFirstError = i;
					break;
				}
			}
		}
		return scannedFirstError;
	}

	private static String keyBefore(TokenStream stream, int index, int distance) {
		Token key = significant(stream, index, -1, distance);
		return key != null && isScalarToken(key) ? key.getText() : null;
	}

	private static boolean isScalarToken(Token token) {
		int type = token.getType();
		return type == InternalDiacParser.RULE_PLAIN || type == InternalDiacParser.RULE_STRING
				|| token.getText() != null && !token.getText().isEmpty() && token.getText() != null
				&& !token.getText().isEmpty() && Character.isLetter(token.getText().charAt(0)); // zero-width tokens (a dash the scanner adds) have no text
	}

	/** The {@code count}-th token before (direction -1) or after (+1) {@code index}, skipping whitespace and comments. */
	private static Token significant(TokenStream stream, int index, int direction, int count) {
		int seen = 0;
		for (int i = index + direction; i >= 0 && i < stream.size(); i += direction) {
			Token candidate = stream.get(i);
			int type = candidate.getType();
			if (type == InternalDiacParser.RULE_WS || type == InternalDiacParser.RULE_NL || type == InternalDiacParser.RULE_SL_COMMENT
					|| type == InternalDiacParser.RULE_YAML_HIDDEN) {
				continue;
			}
			if (++seen == count) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean is(Token token, String text) {
		return token != null && text.equals(token.getText());
	}

	private static String describe(Token token) {
		String text = token.getText();
		if (text == null || text.isEmpty()) {
			return token.getType() == InternalDiacParser.RULE_BEGIN ? "indentation" : "end of block";
		}
		return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
	}
}
