package org.diac.dsl.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * The token types of one generated ANTLR grammar, looked up by name: the runtime parser and the content-assist
 * parser each have their own generated token vocabulary, and {@link YamlScanner} serves both.
 */
public final class YamlTokenTypes {

	final int begin;
	final int end;
	final int plain;
	final int emptyList;
	final int string;
	final int moduleRef;
	final int blockScalar;
	final int comment;
	final int newline;
	final int whitespace;
	final int hidden;
	final int error;
	final int dash;
	final int colon;
	final int documentStart;
	final int documentEnd;
	private final Map<String, Integer> keywords;

	/**
	 * @param tokenDefs the map of an ANTLR {@code .tokens} file as Xtext's {@code ITokenDefProvider} gives it:
	 *                  type to {@code 'keyword'} or {@code RULE_NAME}
	 */
	public YamlTokenTypes(Map<Integer, String> tokenDefs) {
		Map<String, Integer> rules = new HashMap<>();
		keywords = new HashMap<>();
		tokenDefs.forEach((type, def) -> {
			if (def.length() > 2 && def.startsWith("'") && def.endsWith("'")) {
				keywords.put(def.substring(1, def.length() - 1), type);
			} else {
				rules.put(def, type);
			}
		});
		begin = rule(rules, "RULE_BEGIN");
		end = rule(rules, "RULE_END");
		plain = rule(rules, "RULE_PLAIN");
		emptyList = rule(rules, "RULE_EMPTY_LIST");
		string = rule(rules, "RULE_STRING");
		moduleRef = rule(rules, "RULE_MODULE_REF");
		blockScalar = rule(rules, "RULE_BLOCK_SCALAR");
		comment = rule(rules, "RULE_SL_COMMENT");
		newline = rule(rules, "RULE_NL");
		whitespace = rule(rules, "RULE_WS");
		hidden = rule(rules, "RULE_YAML_HIDDEN");
		error = rule(rules, "RULE_ANY_OTHER");
		dash = keyword("-");
		colon = keyword(":");
		documentStart = keyword("---");
		documentEnd = keyword("...");
	}

	private static int rule(Map<String, Integer> rules, String name) {
		Integer type = rules.get(name);
		if (type == null) {
			throw new IllegalStateException("grammar has no terminal " + name);
		}
		return type;
	}

	private int keyword(String text) {
		Integer type = keywords.get(text);
		if (type == null) {
			throw new IllegalStateException("grammar has no keyword " + text);
		}
		return type;
	}

	/** The keyword type of a plain scalar's text, or the plain scalar type. */
	int plainOrKeyword(String text) {
		Integer type = keywords.get(text);
		return type != null ? type : plain;
	}
}
