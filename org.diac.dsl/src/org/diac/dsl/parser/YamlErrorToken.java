package org.diac.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;

/**
 * A stretch of input the YAML lexer could not accept. It reaches the parser as an unexpected token, and
 * {@code DiacSyntaxErrorMessageProvider} turns it into a diagnostic with this token's code and message.
 */
public final class YamlErrorToken extends CommonToken {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final String reason;

	YamlErrorToken(CharStream input, int type, int start, int stop, String code, String reason) {
		super(input, type, DEFAULT_CHANNEL, start, stop);
		this.code = code;
		this.reason = reason;
	}

	public String getCode() {
		return code;
	}

	public String getReason() {
		return reason;
	}
}
