package org.diac.dsl.parser.antlr;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.diac.dsl.parser.antlr.internal.InternalDiacParser;
import org.eclipse.xtext.parser.antlr.AbstractIndentationTokenSource;

/**
 * The generated parser wraps every lexer in this indentation token source. {@link DiacLexer} already emits
 * BEGIN/END (YAML needs flow-collection and sequence-entry rules that whitespace splitting cannot see), so
 * this source never splits and passes tokens through.
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
}
