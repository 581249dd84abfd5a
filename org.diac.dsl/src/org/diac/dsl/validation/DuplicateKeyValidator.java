package org.diac.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.parser.YamlDuplicateKeys;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * YAML 1.2 §3.2.1.1: keys of one mapping are unique. Checked on the token stream (node model), where every
 * mapping is a BEGIN ... END run, so it covers typed TOSCA elements and generic values alike. Documents that
 * parsed cleanly come with the keys the parser already found on its token list ({@link YamlDuplicateKeys});
 * the walk over the node model is for the others.
 */
public class DuplicateKeyValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void duplicateKeys(ServiceTemplate template) {
		List<YamlDuplicateKeys.Key> found = YamlDuplicateKeys.of(template);
		if (found != null) {
			for (YamlDuplicateKeys.Key key : found) {
				getMessageAcceptor().acceptError("key '" + key.text() + "' appears more than once in the same mapping (YAML 1.2 §3.2.1.1)",
						template, key.offset(), key.length(), IssueCodes.YAML_DUPLICATE_KEY);
			}
			return;
		}
		ICompositeNode root = NodeModelUtils.getNode(template);
		if (root == null) {
			return;
		}
		new Walk(template).run(root);
	}

	/**
	 * One pass over the leaves in document order, without iterator objects; the key set of a mapping is made
	 * when its first key is seen (most BEGIN ... END runs are sequence items and scalars' wrappers with few keys).
	 */
	private final class Walk {
		private final EObject template;
		/**
		 * The BEGIN and END rules of the grammar this document was parsed with, once met (a language server and a
		 * standalone setup may each load their own copy of the grammar, so they are recognised by name).
		 */
		private AbstractRule begin;
		private AbstractRule end;
		/** Key sets of the open mappings, innermost last; null until the mapping has a key. */
		private final List<Set<String>> mappings = new ArrayList<>();
		private ILeafNode pendingKey;

		Walk(EObject template) {
			this.template = template;
			mappings.add(null);
		}

		void run(ICompositeNode root) {
			INode current = root.getFirstChild();
			while (current != null) {
				if (current instanceof ICompositeNode composite) {
					INode first = composite.getFirstChild();
					if (first != null) {
						current = first;
						continue;
					}
				} else if (current instanceof ILeafNode leaf && !leaf.isHidden()) {
					visit(leaf);
				}
				while (current != root && !current.hasNextSibling()) {
					current = current.getParent();
				}
				current = current == root ? null : current.getNextSibling();
			}
		}

		private void visit(ILeafNode leaf) {
			Object element = leaf.getGrammarElement();
			AbstractRule rule = element instanceof RuleCall call ? call.getRule() : element instanceof TerminalRule terminal ? terminal : null;
			if (rule != null && begin == null && "BEGIN".equals(rule.getName())) {
				begin = rule;
			} else if (rule != null && end == null && "END".equals(rule.getName())) {
				end = rule;
			}
			if (rule != null && rule == begin) {
				mappings.add(null);
				pendingKey = null;
			} else if (rule != null && rule == end) {
				if (mappings.size() > 1) {
					mappings.remove(mappings.size() - 1);
				}
				pendingKey = null;
			} else if (element instanceof Keyword keyword && ":".equals(keyword.getValue())) {
				if (pendingKey != null) {
					key(pendingKey);
				}
				pendingKey = null;
			} else if (element instanceof Keyword keyword && "-".equals(keyword.getValue())) {
				pendingKey = null;
			} else {
				pendingKey = leaf;
			}
		}

		private void key(ILeafNode keyLeaf) {
			int top = mappings.size() - 1;
			Set<String> keys = mappings.get(top);
			if (keys == null) {
				keys = new HashSet<>();
				mappings.set(top, keys);
			}
			String key = keyLeaf.getText().strip();
			if (!keys.add(key)) {
				getMessageAcceptor().acceptError("key '" + key + "' appears more than once in the same mapping (YAML 1.2 §3.2.1.1)",
						template, keyLeaf.getOffset(), keyLeaf.getLength(), IssueCodes.YAML_DUPLICATE_KEY);
			}
		}
	}
}
