package org.diac.dsl.ide.codeactions;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.CapabilityAssignment;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.services.DiacGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

import com.google.inject.Inject;

/**
 * Replaces an unknown key by the nearest keys allowed there: for a key TOSCA does not define on an element, the
 * keys its grammar rule defines (TOSCA 1.3 §3.6–§3.9); for a capability or requirement a node template assigns,
 * the capability or requirement names of its node type.
 */
class DidYouMeanKey implements Repair {

	@Inject
	private DiacGrammarAccess grammar;

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		EObject element = site.element();
		String typed = site.text();
		Collection<String> allowed;
		if (element instanceof Entry entry && entry.eContainingFeature() != null && "extensions".equals(entry.eContainingFeature().getName())) {
			allowed = keysOf(entry.eContainer());
		} else if (element instanceof CapabilityAssignment && element.eContainer() instanceof NodeTemplate template && isResolved(template)) {
			allowed = TypeMembers.capabilities(template.getType()).keySet();
		} else if (element instanceof RequirementAssignment && element.eContainer() instanceof NodeTemplate template && isResolved(template)) {
			allowed = TypeMembers.requirements(template.getType()).keySet();
		} else {
			return;
		}
		for (String key : NearestNames.to(typed, allowed)) {
			fixes.add("Change to '" + key + "'", List.of(site.replace(site.start(), site.end(), key)));
		}
	}

	/** The keys of the grammar rule that parses {@code owner} (its fragments included, not the rules it nests). */
	private Set<String> keysOf(EObject owner) {
		Set<String> keys = new LinkedHashSet<>();
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule instanceof ParserRule parserRule && rule.getName().equals(owner.eClass().getName())) {
				collect(parserRule, keys);
			}
		}
		return keys;
	}

	private static void collect(ParserRule rule, Set<String> keys) {
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(), Keyword.class)) {
			if (!keyword.getValue().isEmpty() && Character.isLetter(keyword.getValue().charAt(0))) {
				keys.add(keyword.getValue());
			}
		}
		for (RuleCall call : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(), RuleCall.class)) {
			if (call.getRule() instanceof ParserRule called && called.isFragment() && called != rule) {
				collect(called, keys);
			}
		}
	}

	private static boolean isResolved(NodeTemplate template) {
		return template.getType() != null && !template.getType().eIsProxy();
	}
}
