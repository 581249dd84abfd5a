package org.diac.dsl.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.impl.LeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;

/**
 * Xtext's node model builder, plus one step after the parse: the leaves of {@link ReplayedToken}s (aliased values,
 * zero-length at the alias) become {@link ReplayedLeafNode}s that carry the anchored text. Xtext builds leaves from
 * token offsets only, and a zero-length leaf would otherwise read as "".
 */
public class DiacNodeModelBuilder extends NodeModelBuilder {

	/** How far ahead a leaf's token is looked for; error recovery can leave a few tokens without a leaf. */
	private static final int LOOKAHEAD = 16;

	/** Gives each leaf of a replayed token the token's text; {@code tokens} is the parser's token list, in order. */
	public void replayTexts(ICompositeNode root, List<?> tokens) {
		List<LeafNode> leaves = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			leaves.add((LeafNode) leaf);
		}
		int next = 0;
		for (LeafNode leaf : leaves) {
			int found = -1;
			for (int i = next; i < tokens.size() && i < next + LOOKAHEAD; i++) {
				CommonToken token = (CommonToken) tokens.get(i);
				if (token.getType() != Token.EOF && token.getStartIndex() == leaf.getTotalOffset()
						&& token.getStopIndex() - token.getStartIndex() + 1 == leaf.getTotalLength()) {
					found = i;
					break;
				}
			}
			if (found < 0) {
				continue; // a leaf without a token of its own (error recovery): nothing to give it
			}
			next = found + 1;
			if (tokens.get(found) instanceof ReplayedToken replayed && leaf.getClass() == LeafNode.class) {
				replace(leaf, new ReplayedLeafNode(replayed.getText(), leaf.getTotalOffset(), leaf.getGrammarElement()));
			}
		}
	}
}
