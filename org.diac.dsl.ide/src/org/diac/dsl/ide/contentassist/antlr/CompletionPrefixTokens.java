package org.diac.dsl.ide.contentassist.antlr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.diac.dsl.ide.contentassist.antlr.internal.InternalDiacParser;
import org.diac.dsl.parser.YamlErrorToken;
import org.diac.dsl.parser.YamlScanner;
import org.diac.dsl.parser.YamlTokenTypes;

/**
 * The tokens the content-assist parser sees for the text left of the cursor. Xtext parses that prefix to learn
 * what may follow it; in YAML that depends on where the cursor stands (its column, whether it is in a flow
 * sequence), which the scanner settles only when content starts there. So a placeholder is scanned at the
 * cursor (a key on a blank or dash-only line, a scalar elsewhere) and cut off again with everything after it:
 * the BEGIN/END and sequence-entry tokens it caused stay, the END tokens closing the blocks still open at the
 * end of the prefix go (the document goes on after the cursor), and so do zero-width error tokens such as
 * "unclosed flow collection".
 */
final class CompletionPrefixTokens {

	/** A last line that is only indentation and sequence dashes: the cursor stands where a key would start. */
	private static final Pattern LINE_START = Pattern.compile("[ ]*(-[ ]+)*");

	private CompletionPrefixTokens() {
	}

	/** @param types the content-assist grammar's vocabulary, whose type numbers {@link InternalDiacParser} uses */
	static List<Token> scan(CharStream input, YamlTokenTypes types) {
		String text = input.size() == 0 ? "" : input.substring(0, input.size() - 1);
		int lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
		String placeholder = LINE_START.matcher(text.substring(lineStart)).matches() ? "x:" : "x";
		List<Token> result = new ArrayList<>();
		for (Token token : YamlScanner.scan(new ANTLRStringStream(text + placeholder), types)) {
			if (token.getType() == InternalDiacParser.RULE_PLAIN && startIndex(token) == text.length()) {
				return result;
			}
			if (!isZeroWidthError(token)) {
				result.add(token);
			}
		}
		// the placeholder joined the scalar the cursor stands in or right after: parse the prefix as it is
		result = new ArrayList<>(YamlScanner.scan(input, types));
		result.removeIf(CompletionPrefixTokens::isZeroWidthError);
		while (!result.isEmpty() && isSyntheticEnd(result.get(result.size() - 1))) {
			result.remove(result.size() - 1);
		}
		return result;
	}

	private static int startIndex(Token token) {
		return token instanceof CommonToken common ? common.getStartIndex() : -1;
	}

	private static boolean isZeroWidth(Token token) {
		return token instanceof CommonToken common && common.getStopIndex() < common.getStartIndex();
	}

	private static boolean isZeroWidthError(Token token) {
		return token instanceof YamlErrorToken && isZeroWidth(token);
	}

	private static boolean isSyntheticEnd(Token token) {
		return token.getType() == InternalDiacParser.RULE_END && isZeroWidth(token);
	}
}
