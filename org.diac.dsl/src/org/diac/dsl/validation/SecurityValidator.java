package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.Value;
import org.diac.dsl.identity.PemCertificates;
import org.diac.dsl.model.DiacTopology.Operator;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.model.ModulePaths;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * The security module's policies (LANGUAGE.md §3, §6). Blacklist: no blacklisted operator (by template name,
 * certificate subject or wallet address), node (by template name or id) or credential (certificate SHA-256
 * fingerprint) may be used anywhere in the document. Permissions: every module has a rule (a warning, since a
 * module without one can only be changed by the default governance process).
 */
public class SecurityValidator extends AbstractCheckGroup {

	@Check
	public void blacklist(TopologyTemplate topology) {
		DiacTopology network = DiacTopology.of(topology);
		for (Policy blacklist : network.policies("diac.policies.Blacklist")) {
			Set<String> operators = names(blacklist, "operators");
			Set<String> nodes = names(blacklist, "nodes");
			Set<String> credentials = new HashSet<>();
			names(blacklist, "credentials").forEach(credential -> credentials.add(PemCertificates.normaliseFingerprint(credential)));
			for (Operator operator : network.operators()) {
				String listed = listedIdentity(operator, operators);
				if (listed != null) {
					errorAt(DIAC_BLACKLISTED, "operator '" + operator.name() + "' is blacklisted as '" + listed + "' by policy '"
							+ blacklist.getName() + "'", operator.template());
				}
				String fingerprint = fingerprint(operator);
				if (fingerprint != null && credentials.contains(PemCertificates.normaliseFingerprint(fingerprint))) {
					errorAt(DIAC_BLACKLISTED, "operator '" + operator.name() + "' uses a certificate blacklisted by policy '" + blacklist.getName()
							+ "' (SHA-256 " + fingerprint + ")", operator.template());
				}
			}
			for (NodeTemplate template : topology.getNodeTemplates()) {
				String id = idOf(template);
				if (nodes.contains(template.getName()) || id != null && nodes.contains(id)) {
					errorAt(DIAC_BLACKLISTED, "node template '" + template.getName() + "' is blacklisted by policy '" + blacklist.getName() + "'",
							template);
				}
				for (RequirementAssignment requirement : template.getRequirements()) {
					if (requirement.getNode() instanceof NodeTemplate target && operators.contains(target.getName())) {
						errorAt(DIAC_BLACKLISTED, "node template '" + template.getName() + "' is operated by or depends on '" + target.getName()
								+ "', which policy '" + blacklist.getName() + "' blacklists", requirement);
					}
				}
			}
			for (Policy policy : topology.getPolicies()) {
				if (policy != blacklist) {
					listedNames(policy, operators, blacklist);
				}
			}
		}
	}

	@Check
	public void permissions(TopologyTemplate topology) {
		for (Policy policy : DiacTopology.of(topology).policies("diac.policies.Permissions")) {
			PropertyAssignment rulesProperty = EffectiveValues.property(policy.getProperties(), "rules");
			Map<String, Value> rules = rulesProperty == null ? Map.of() : EffectiveValues.entries(rulesProperty.getValue());
			if (rules == null) {
				continue;
			}
			EObject place = rulesProperty != null ? rulesProperty : policy;
			for (String module : rules.keySet()) {
				if (!ModulePaths.MODULES.contains(module)) {
					errorAt(TOSCA_CONSTRAINT, "policy '" + policy.getName() + "' has a rule for '" + module + "', which is not a DiaC module ("
							+ String.join(", ", ModulePaths.MODULES) + ")", entryPlace(rulesProperty, module, place));
				}
			}
			List<String> missing = ModulePaths.MODULES.stream().filter(module -> !rules.containsKey(module)).toList();
			for (String module : missing) {
				warningAt(DIAC_PERMISSIONS_GAP, "policy '" + policy.getName() + "' has no rule for module '" + module
						+ "', so who may update it is left to the default governance process", place);
			}
		}
	}

	/** Signers, admins and other name lists of a policy that name a blacklisted operator. */
	private void listedNames(Policy policy, Set<String> operators, Policy blacklist) {
		for (PropertyAssignment property : policy.getProperties()) {
			listedNames(policy, property.getValue(), operators, blacklist, 0);
		}
	}

	private void listedNames(Policy policy, Value value, Set<String> operators, Policy blacklist, int depth) {
		if (value == null || depth > 8) {
			return;
		}
		if (value instanceof ListValue list) {
			for (Value item : list.getItems()) {
				String text = EffectiveValues.text(item);
				if (text != null && operators.contains(text)) {
					errorAt(DIAC_BLACKLISTED, "policy '" + policy.getName() + "' names '" + text + "', which policy '" + blacklist.getName()
							+ "' blacklists", item);
				}
			}
		} else if (value instanceof MapValue map) {
			map.getEntries().forEach(entry -> listedNames(policy, entry.getValue(), operators, blacklist, depth + 1));
		}
	}

	private static String listedIdentity(Operator operator, Set<String> listed) {
		if (listed.contains(operator.name())) {
			return operator.name();
		}
		Map<String, Value> identity = identity(operator);
		if (identity != null) {
			for (String field : List.of("subject", "address")) {
				String value = EffectiveValues.text(identity.get(field));
				if (value != null && listed.contains(value)) {
					return value;
				}
			}
		}
		return null;
	}

	private static String fingerprint(Operator operator) {
		Map<String, Value> identity = identity(operator);
		String pem = identity == null ? null : EffectiveValues.text(identity.get("cert"));
		PemCertificates.Parsed parsed = pem == null ? null : PemCertificates.parse(pem);
		return parsed == null || parsed.certificate() == null ? null : PemCertificates.fingerprint(parsed.certificate());
	}

	private static Map<String, Value> identity(Operator operator) {
		PropertyAssignment identity = operator.property("identity");
		return identity == null ? null : EffectiveValues.entries(identity.getValue());
	}

	private static String idOf(NodeTemplate template) {
		PropertyAssignment id = EffectiveValues.property(template.getProperties(), "id");
		return id == null ? null : EffectiveValues.text(id.getValue());
	}

	private static Set<String> names(Policy policy, String property) {
		PropertyAssignment assignment = EffectiveValues.property(policy.getProperties(), property);
		List<String> names = assignment == null ? null : EffectiveValues.names(assignment.getValue());
		return names == null ? Set.of() : new HashSet<>(names);
	}

	private static EObject entryPlace(PropertyAssignment rules, String key, EObject fallback) {
		Entry entry = rules == null ? null : EffectiveValues.entry(rules.getValue(), key);
		return entry != null && entry.eResource() == fallback.eResource() ? entry : fallback;
	}
}
