package org.diac.dsl.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.diac.dsl.diac.ServiceTemplate;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * YAML 1.2 §3.2.1.1: keys of one mapping are unique. Checked on the token stream (node model), where every
 * mapping is a BEGIN ... END run, so it covers typed TOSCA elements and generic values alike.
 */
public class DuplicateKeyValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void duplicateKeys(ServiceTemplate template) {
		ICompositeNode root = NodeModelUtils.getNode(template);
		if (root == null) {
			return;
		}
		Deque<Set<String>> mappings = new ArrayDeque<>();
		mappings.push(new HashSet<>());
		ILeafNode pendingKey = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			Object element = leaf.getGrammarElement();
			String rule = element instanceof TerminalRule terminal ? terminal.getName()
					: element instanceof org.eclipse.xtext.RuleCall call ? call.getRule().getName() : null;
			if ("BEGIN".equals(rule)) {
				mappings.push(new HashSet<>());
				pendingKey = null;
			} else if ("END".equals(rule)) {
				if (mappings.size() > 1) {
					mappings.pop();
				}
				pendingKey = null;
			} else if (element instanceof Keyword keyword && ":".equals(keyword.getValue())) {
				if (pendingKey != null && !mappings.peek().add(pendingKey.getText().strip())) {
					String key = pendingKey.getText().strip();
					getMessageAcceptor().acceptError("key '" + key + "' appears more than once in the same mapping (YAML 1.2 §3.2.1.1)",
							template, pendingKey.getOffset(), pendingKey.getLength(), IssueCodes.YAML_DUPLICATE_KEY);
				}
				pendingKey = null;
			} else if (element instanceof Keyword keyword && "-".equals(keyword.getValue())) {
				pendingKey = null;
			} else {
				pendingKey = leaf;
			}
		}
	}
}
