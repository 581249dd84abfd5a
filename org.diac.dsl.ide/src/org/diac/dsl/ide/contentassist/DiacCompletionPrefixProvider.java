package org.diac.dsl.ide.contentassist;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.CompletionPrefixProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * What content assist parses and which token the cursor follows, for a grammar whose BEGIN/END tokens come
 * from the YAML scanner.
 * <p>
 * Xtext's {@code IndentationAwareCompletionPrefixProvider} (what the generator binds for grammars with
 * BEGIN/END) pairs zero-width tokens while walking the whole document backwards, assuming that every
 * zero-width token is a BEGIN or END made by an indentation token source. Here flow collections give
 * one-character BEGIN/END ({@code [}, <code>}</code>) and flow sequences give zero-width dashes, so the pairing
 * runs out ({@code NoSuchElementException}) in long documents, and completion returned nothing. Its pairing is not
 * needed: {@code DiacContentAssistLexer} already settles the indentation at the cursor from the text (the
 * cursor's column decides which block the prefix ends in), and Xtext climbs from the node returned here to
 * the element each expected grammar element belongs to.
 */
public class DiacCompletionPrefixProvider extends CompletionPrefixProvider {

	/** The text before {@code offset} and the blanks after it up to the cursor: the cursor's column matters in YAML. */
	@Override
	public String getInputToParse(String completeInput, int offset, int completionOffset) {
		int end = Math.min(offset, completeInput.length());
		int limit = Math.min(completeInput.length(), completionOffset);
		while (end < limit && Character.isWhitespace(completeInput.charAt(end))) {
			end++;
		}
		return completeInput.substring(0, end);
	}

	/**
	 * The last token with text that starts before {@code offset}. Zero-width BEGIN/END tokens are skipped: the
	 * scanner places them where the next content starts, so they say nothing about the text before the cursor.
	 */
	@Override
	public INode getLastCompleteNodeByOffset(INode node, int offset, int completionOffset) {
		INode result = node.getRootNode();
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= offset) {
				break;
			}
			if (!leaf.isHidden() && leaf.getLength() > 0 && isGrammarToken(leaf)) {
				result = leaf;
			}
		}
		return result;
	}

	private static boolean isGrammarToken(ILeafNode leaf) {
		return leaf.getGrammarElement() == null || leaf.getGrammarElement() instanceof AbstractElement
				|| leaf.getGrammarElement() instanceof ParserRule;
	}
}
