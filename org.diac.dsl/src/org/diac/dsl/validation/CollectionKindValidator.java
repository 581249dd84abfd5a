package org.diac.dsl.validation;

import org.diac.dsl.diac.GetEntityValue;
import org.diac.dsl.diac.GetInput;
import org.diac.dsl.diac.NotAList;
import org.diac.dsl.diac.NotAMap;
import org.diac.dsl.diac.WrongKind;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * A value of the wrong YAML kind where the grammar keeps it so that the rest of the document still parses (a
 * {@link WrongKind}): a scalar where TOSCA requires a map or a list (a property definition written as a bare value,
 * a scalar interface, {@code requirements: host}; TOSCA 1.3 §3.6-3.9 define no short form there) is
 * TOSCA-WRONG-KIND at the value; the arguments of {@code get_input}, {@code get_property} or {@code get_attribute}
 * given as a scalar or a map where the function takes a name or a list are TOSCA-FUNCTION-SIGNATURE (TOSCA 1.3 §4).
 */
public class CollectionKindValidator extends AbstractCheckGroup {

	@Check
	public void wrongKind(WrongKind value) {
		String found = value instanceof NotAMap scalar ? "the scalar '" + scalar.getValue() + "'"
				: value instanceof NotAList scalar ? "the scalar '" + scalar.getValue() + "'" : "a map";
		if (value.eContainer() instanceof GetInput) {
			error("the argument of get_input is " + found + ", but it takes an input name or a list [ input, path ... ] (TOSCA 1.3 §4.4.1)",
					value, null, IssueCodes.TOSCA_FUNCTION_SIGNATURE);
		} else if (value.eContainer() instanceof GetEntityValue function) {
			error("the arguments of " + function.getFunction() + " are " + found + ", but it takes a list [ entity, name ... ] (TOSCA 1.3 §4.4.2, §4.5.1)",
					value, null, IssueCodes.TOSCA_FUNCTION_SIGNATURE);
		} else {
			String expected = value instanceof NotAList ? "a list (write each entry as '- ')" : "a map";
			error(describePlace(value) + " is " + found + ", but TOSCA requires " + expected + " here", value, null,
					IssueCodes.TOSCA_WRONG_KIND);
		}
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
