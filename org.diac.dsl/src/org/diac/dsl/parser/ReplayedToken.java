package org.diac.dsl.parser;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

/**
 * A copy of an anchored token, replayed where an alias ({@code *name}) or merge key ({@code <<}) stands. It has no
 * text of its own in the document: it sits, zero-length, at the alias, so that diagnostics point there, and carries
 * the anchored token's text, which the value converter reads; {@link ReplayedLeafNode} gives it to the node model.
 */
public final class ReplayedToken extends CommonToken {

	private static final long serialVersionUID = 1L;

	ReplayedToken(Token original, CommonToken alias) {
		super(alias.getInputStream(), original.getType(), DEFAULT_CHANNEL, alias.getStartIndex(), alias.getStartIndex() - 1);
		setText(original.getText());
		setLine(alias.getLine());
		setCharPositionInLine(alias.getCharPositionInLine());
	}
}
