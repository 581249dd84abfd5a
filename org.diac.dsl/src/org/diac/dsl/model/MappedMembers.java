package org.diac.dsl.model;

import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.SubstitutionMappings;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.Value;
import org.diac.dsl.values.EffectiveValues;

/**
 * The members of node templates that substitution mappings expose (TOSCA 1.3 §3.8.13): {@code name: [template, member]},
 * or 1.3's {@code name: {mapping: [template, member]}}.
 */
public final class MappedMembers {

	private MappedMembers() {
	}

	/** The {@code [template, member]} a mapping names, or null for other forms (property and attribute mappings of 1.3). */
	public static List<String> target(Value mapping) {
		Entry nested = EffectiveValues.entry(mapping, "mapping");
		List<Value> items = EffectiveValues.items(nested != null ? nested.getValue() : mapping);
		if (items == null || items.size() != 2) {
			return null;
		}
		String template = EffectiveValues.text(items.get(0));
		String member = EffectiveValues.text(items.get(1));
		return template == null || member == null ? null : List.of(template, member);
	}

	/**
	 * Whether the requirement of the template is exposed by its topology's substitution mappings: the node the topology
	 * stands for receives it, so it is fulfilled from outside (TOSCA 1.3 §2.10).
	 */
	public static boolean isMappedRequirement(NodeTemplate template, String requirement) {
		if (!(template.eContainer() instanceof TopologyTemplate topology) || topology.getSubstitutionMappings() == null) {
			return false;
		}
		SubstitutionMappings mappings = topology.getSubstitutionMappings();
		Map<String, Value> requirements = EffectiveValues.entries(mappings.getRequirements());
		return requirements != null && requirements.values().stream().map(MappedMembers::target)
				.anyMatch(target -> target != null && target.get(0).equals(template.getName()) && target.get(1).equals(requirement));
	}
}
