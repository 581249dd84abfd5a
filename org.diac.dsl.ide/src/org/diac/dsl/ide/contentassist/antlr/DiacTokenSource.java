package org.diac.dsl.ide.contentassist.antlr;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.diac.dsl.ide.contentassist.antlr.internal.InternalDiacParser;
import org.eclipse.xtext.parser.antlr.AbstractIndentationTokenSource;

/**
 * The generated content-assist parser wraps its lexer in this token source. {@link DiacContentAssistLexer}
 * already emits BEGIN/END (and leaves out those the text after the cursor would close), so this source never
 * splits whitespace and passes tokens through, like the runtime's {@code DiacTokenSource}.
 */
public class DiacTokenSource extends AbstractIndentationTokenSource {

	public DiacTokenSource(TokenSource delegate) {
		super(delegate);
	}

	@Override
	protected boolean shouldSplitTokenImpl(Token token) {
		return false;
	}

	@Override
	protected int getBeginTokenType() {
		return InternalDiacParser.RULE_BEGIN;
	}

	@Override
	protected int getEndTokenType() {
		return InternalDiacParser.RULE_END;
	}

	@Override
	protected boolean shouldEmitPendingEndTokens() {
		return false;
	}
}
