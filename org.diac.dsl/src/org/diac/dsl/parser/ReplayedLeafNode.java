package org.diac.dsl.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.impl.LeafNode;

/**
 * The leaf of a {@link ReplayedToken}: zero-length at the alias in the document, but with the anchored token's
 * text, so that everything that reads leaf text (cross-reference linking through
 * {@code NodeModelUtils.getTokenText}, export, hovers) sees the value the alias stands for.
 */
public final class ReplayedLeafNode extends LeafNode {

	private final String text;

	ReplayedLeafNode(String text, int offset, EObject grammarElement) {
		this.text = text;
		basicSetGrammarElement(grammarElement);
		basicSetTotalOffset(offset);
		basicSetTotalLength(0);
	}

	@Override
	public String getText() {
		return text;
	}
}
