package org.diac.dsl.validation;

import org.diac.dsl.diac.NotAList;
import org.diac.dsl.diac.WrongKind;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * A scalar where TOSCA requires a map or a list (a property definition written as a bare value, a scalar
 * interface, {@code requirements: host}): the grammar keeps it as a {@link WrongKind} so that the rest of the
 * document still parses, and this check reports it at the value (TOSCA 1.3 §3.6-3.9 define no short form there).
 */
public class CollectionKindValidator extends AbstractCheckGroup {

	@Check
	public void wrongKind(WrongKind value) {
		String expected = value instanceof NotAList ? "a list (write each entry as '- ')" : "a map";
		String of = describePlace(value);
		error(of + " is the scalar '" + value.getValue() + "', but TOSCA requires " + expected + " here", value, null,
				IssueCodes.TOSCA_WRONG_KIND);
	}

	/** "the value of 'key'" after {@code key:}, "a list item" after {@code -}. */
	private static String describePlace(WrongKind value) {
		ICompositeNode node = NodeModelUtils.getNode(value);
		ILeafNode previous = node == null ? null : previousLeaf(node);
		if (previous != null && previous.getGrammarElement() instanceof RuleCall call && "BEGIN".equals(call.getRule().getName())) {
			return "a list item";
		}
		ILeafNode key = previous == null ? null : previousLeaf(previous);
		if (previous != null && previous.getGrammarElement() instanceof Keyword colon && ":".equals(colon.getValue()) && key != null) {
			return "the value of '" + key.getText().strip() + "'";
		}
		return "the value";
	}

	/** The last non-hidden leaf before {@code node}. */
	private static ILeafNode previousLeaf(INode node) {
		INode current = node;
		while (current != null) {
			INode sibling = current.getPreviousSibling();
			while (sibling != null) {
				ILeafNode last = lastLeaf(sibling);
				if (last != null) {
					return last;
				}
				sibling = sibling.getPreviousSibling();
			}
			current = current.getParent();
		}
		return null;
	}

	private static ILeafNode lastLeaf(INode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last;
	}
}
