package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.*;

import java.util.Set;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.SubstitutionMappings;
import org.diac.dsl.diac.Value;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * Node filters (TOSCA 1.3 §3.6.5) and substitution filters (§3.8.13): a map with {@code properties}, a list
 * of single-entry property filters, and {@code capabilities}, a list of single-entry maps whose value holds
 * {@code properties} again.
 */
public class NodeFilterValidator extends AbstractCheckGroup {

	private static final Set<String> FILTER_KEYS = Set.of("properties", "capabilities");

	@Check
	public void nodeTemplate(NodeTemplate template) {
		filter("node_filter of node template '" + template.getName() + "'", template.getNodeFilter());
	}

	@Check
	public void requirementAssignment(RequirementAssignment requirement) {
		filter("node_filter of requirement '" + requirement.getName() + "'", requirement.getNodeFilter());
	}

	@Check
	public void requirementDefinition(RequirementDefinition requirement) {
		filter("node_filter of requirement '" + requirement.getName() + "'", requirement.getNodeFilter());
	}

	@Check
	public void substitution(SubstitutionMappings mappings) {
		filter("substitution_filter", mappings.getSubstitutionFilter());
	}

	private void filter(String what, Value filter) {
		if (filter == null || EffectiveValues.isDeploymentFunction(filter)) {
			return;
		}
		if (!(filter instanceof MapValue map)) {
			error(what + " must be a map with 'properties' and 'capabilities'", filter, null, TOSCA_WRONG_KIND);
			return;
		}
		for (Entry entry : map.getEntries()) {
			if (!FILTER_KEYS.contains(entry.getKey())) {
				error(what + " has key '" + entry.getKey() + "'; a filter has only 'properties' and 'capabilities' (TOSCA 1.3 §3.6.5)", entry,
						ENTRY__KEY, TOSCA_UNKNOWN_KEY);
			} else if ("properties".equals(entry.getKey())) {
				propertyFilters(what + " properties", entry.getValue(), entry);
			} else {
				capabilityFilters(what + " capabilities", entry.getValue(), entry);
			}
		}
	}

	private void propertyFilters(String what, Value value, EObject place) {
		if (value == null) {
			return;
		}
		if (!(value instanceof ListValue list)) {
			error(what + " must be a list of '- property: constraint' entries", place, ENTRY__KEY, TOSCA_WRONG_KIND);
			return;
		}
		for (Value item : list.getItems()) {
			if (!(item instanceof MapValue map) || map.getEntries().size() != 1) {
				error(what + ": each entry names one property and its constraints", item, null, TOSCA_WRONG_KIND);
			}
		}
	}

	private void capabilityFilters(String what, Value value, EObject place) {
		if (value == null) {
			return;
		}
		if (!(value instanceof ListValue list)) {
			error(what + " must be a list of '- capability: { properties: [...] }' entries", place, ENTRY__KEY, TOSCA_WRONG_KIND);
			return;
		}
		for (Value item : list.getItems()) {
			if (!(item instanceof MapValue map) || map.getEntries().size() != 1) {
				error(what + ": each entry names one capability", item, null, TOSCA_WRONG_KIND);
				continue;
			}
			Entry capability = map.getEntries().get(0);
			if (capability.getValue() instanceof MapValue filter) {
				for (Entry entry : filter.getEntries()) {
					if (!"properties".equals(entry.getKey())) {
						error(what + " of '" + capability.getKey() + "' has key '" + entry.getKey() + "'; only 'properties' is allowed", entry,
								ENTRY__KEY, TOSCA_UNKNOWN_KEY);
					} else {
						propertyFilters(what + " of '" + capability.getKey() + "'", entry.getValue(), entry);
					}
				}
			} else if (capability.getValue() != null) {
				error(what + " of '" + capability.getKey() + "' must be a map with 'properties'", capability, ENTRY__KEY, TOSCA_WRONG_KIND);
			}
		}
	}
}
