package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.SubstitutionMappings;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.MappedMembers;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.Requiredness;
import org.eclipse.xtext.validation.Check;

/**
 * Substitution mappings (TOSCA 1.3 §3.8.13, §2.10): the service template must be able to stand for a node of the mapped
 * node type. Every property that type requires without a default is covered by an input of the same name or a
 * property mapping; every mapped property, capability and requirement is one the node type defines; a capability or
 * requirement is mapped to {@code [node_template, name]} where the template exists and its type defines that name.
 */
public class SubstitutionMappingValidator extends AbstractCheckGroup {

	@Check
	public void mappings(SubstitutionMappings mappings) {
		NodeType type = mappings.getNodeType();
		if (type == null || type.eIsProxy() || !(mappings.eContainer() instanceof TopologyTemplate topology)) {
			return;
		}
		Map<String, Value> properties = entries(mappings.getProperties());
		requiredProperties(mappings, type, topology, properties.keySet());
		for (Entry property : entryList(mappings.getProperties())) {
			if (!TypeMembers.properties(type).containsKey(property.getKey())) {
				errorAt(TOSCA_UNKNOWN_PROPERTY, "substitution_mappings maps property '" + property.getKey() + "', which node type '" + type.getName()
						+ "' does not define" + names(TypeMembers.properties(type).keySet()), property);
			}
		}
		mapped("capability", mappings.getCapabilities(), type, topology, TypeMembers::capabilities);
		mapped("requirement", mappings.getRequirements(), type, topology, TypeMembers::requirements);
	}

	/** TOSCA 1.3 §2.10: inputs (by name, as in TOSCA 1.0–1.2) or property mappings give the substituted node its properties. */
	private void requiredProperties(SubstitutionMappings mappings, NodeType type, TopologyTemplate topology, Set<String> mapped) {
		for (PropertyDefinition property : TypeMembers.properties(type).values()) {
			String name = property.getName();
			if (Requiredness.isRequired(property) && property.getDefault() == null && property.getValue() == null && !mapped.contains(name)
					&& topology.getInputs().stream().noneMatch(input -> name.equals(input.getName()))) {
				error("substitution_mappings for node type '" + type.getName() + "' leaves its required property '" + name
						+ "' (no default) without a value: add an input '" + name + "' or map the property to an input (TOSCA 1.3 §2.10)", mappings,
						SUBSTITUTION_MAPPINGS__NODE_TYPE, TOSCA_REQUIRED_PROPERTY);
			}
		}
	}

	/**
	 * {@code name: [template, its_name]} (or 1.3's {@code name: {mapping: [template, its_name]}}): {@code name} is defined by
	 * the substituted node type, the template exists, and its type defines {@code its_name}.
	 */
	private void mapped(String kind, Value section, NodeType type, TopologyTemplate topology,
			Function<TypeDefinition, Map<String, ?>> members) {
		for (Entry entry : entryList(section)) {
			Map<String, ?> defined = members.apply(type);
			if (!defined.containsKey(entry.getKey())) {
				errorAt(TOSCA_UNKNOWN_KEY, "substitution_mappings maps " + kind + " '" + entry.getKey() + "', which node type '" + type.getName()
						+ "' does not define" + names(defined.keySet()), entry);
			}
			List<String> target = MappedMembers.target(entry.getValue());
			if (target == null) {
				continue; // another form (1.3's property or attribute mappings of a capability); nothing to look up
			}
			NodeTemplate template = template(topology, target.get(0));
			if (template == null) {
				errorAt(TOSCA_UNKNOWN_TEMPLATE, "substitution_mappings maps " + kind + " '" + entry.getKey() + "' to node template '" + target.get(0)
						+ "', which this topology does not define", entry);
			} else if (template.getType() != null && !template.getType().eIsProxy() && !members.apply(template.getType()).containsKey(target.get(1))) {
				errorAt(TOSCA_UNKNOWN_KEY, "substitution_mappings maps " + kind + " '" + entry.getKey() + "' to " + kind + " '" + target.get(1)
						+ "' of node template '" + template.getName() + "', whose type '" + template.getType().getName() + "' does not define it"
						+ names(members.apply(template.getType()).keySet()), entry);
			}
		}
	}

	private static NodeTemplate template(TopologyTemplate topology, String name) {
		return topology.getNodeTemplates().stream().filter(template -> name.equals(template.getName())).findFirst().orElse(null);
	}

	private static Map<String, Value> entries(Value section) {
		Map<String, Value> entries = EffectiveValues.entries(section);
		return entries == null ? Map.of() : entries;
	}

	private static List<Entry> entryList(Value section) {
		return EffectiveValues.resolve(section) instanceof MapValue map && !EffectiveValues.isDeploymentFunction(map)
				? map.getEntries() : List.of();
	}

	private static String names(java.util.Collection<String> names) {
		return names.isEmpty() ? "" : " (it defines " + String.join(", ", names) + ")";
	}
}
