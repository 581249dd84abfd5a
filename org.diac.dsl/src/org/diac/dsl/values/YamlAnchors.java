package org.diac.dsl.values;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.Value;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * YAML anchors ({@code &name}) and aliases ({@code *name}, YAML 1.2 §7.1): the scanner keeps an alias as one
 * token, and this class finds the value its anchor annotates. The anchors of a document are collected once
 * and kept on its root object, which a re-parse replaces.
 */
public final class YamlAnchors {

	private YamlAnchors() {
	}

	/** Whether the scalar is an alias as written (not a quoted string that starts with '*'). */
	public static boolean isAlias(ScalarValue scalar) {
		String value = scalar.getValue();
		return value != null && value.startsWith("*") && !EffectiveValues.isQuoted(scalar);
	}

	/** The value anchored as {@code alias} ("*name" or "name") in the document of {@code context}, or null. */
	public static Value anchored(EObject context, String alias) {
		if (alias == null) {
			return null;
		}
		ServiceTemplate root = EcoreUtil2.getContainerOfType(context, ServiceTemplate.class);
		return root == null ? null : anchors(root).get(alias.startsWith("*") ? alias.substring(1) : alias);
	}

	private static Map<String, Value> anchors(ServiceTemplate root) {
		for (var adapter : root.eAdapters()) {
			if (adapter instanceof Anchors anchors) {
				return anchors.byName;
			}
		}
		Anchors anchors = new Anchors(collect(root));
		root.eAdapters().add(anchors);
		return anchors.byName;
	}

	/**
	 * Each anchor annotates the value that starts at the first token after it. Values are found by their text
	 * offset; where a collection and its first item start together, the collection (met first) wins.
	 */
	private static Map<String, Value> collect(ServiceTemplate root) {
		Map<String, Value> byName = new HashMap<>();
		ICompositeNode node = NodeModelUtils.getNode(root);
		if (node == null) {
			return byName;
		}
		Map<Integer, String> anchorsByValueOffset = new HashMap<>();
		ILeafNode anchor = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			String text = leaf.getText();
			if (leaf.isHidden()) {
				if (text.startsWith("&") && text.length() > 1) {
					anchor = leaf;
				}
			} else if (anchor != null && !isBegin(leaf)) {
				// a collection's object starts after its BEGIN (the bracket or indentation), at its first content token
				anchorsByValueOffset.putIfAbsent(leaf.getOffset(), anchor.getText().substring(1));
				anchor = null;
			}
		}
		if (anchorsByValueOffset.isEmpty()) {
			return byName;
		}
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Value value) {
				INode valueNode = NodeModelUtils.getNode(value);
				String name = valueNode == null ? null : anchorsByValueOffset.get(valueNode.getOffset());
				if (name != null) {
					byName.putIfAbsent(name, value);
				}
			}
		}
		return byName;
	}

	private static boolean isBegin(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof RuleCall call && "BEGIN".equals(call.getRule().getName());
	}

	private static final class Anchors extends AdapterImpl {

		private final Map<String, Value> byName;

		Anchors(Map<String, Value> byName) {
			this.byName = byName;
		}
	}
}
