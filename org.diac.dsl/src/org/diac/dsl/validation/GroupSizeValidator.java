package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.DIAC_GROUP_SIZE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.xtext.validation.Check;

/**
 * A node group (LANGUAGE.md §3) holds {@code occurrence × members_per_group} worker slots; when that differs
 * from the instances of the workers it is composed of, some slots stay empty or some workers find no group.
 * A warning: the mapper still runs, but not as the author meant.
 */
public class GroupSizeValidator extends AbstractCheckGroup {

	@Check
	public void groupSize(TopologyTemplate topology) {
		DiacTopology network = DiacTopology.of(topology);
		for (NodeTemplate group : network.templatesOf(DiacTopology.NODE_GROUP)) {
			BigDecimal occurrence = number(group, "occurrence");
			BigDecimal members = number(group, "members_per_group");
			if (occurrence == null || members == null) {
				continue;
			}
			List<NodeTemplate> workers = members(group, network);
			BigInteger instances = DiacTopology.instances(workers);
			BigDecimal slots = occurrence.multiply(members);
			if (instances != null && !workers.isEmpty() && slots.compareTo(new BigDecimal(instances)) != 0) {
				warningAt(DIAC_GROUP_SIZE, "node group '" + group.getName() + "' has occurrence × members_per_group = "
						+ plain(occurrence) + " × " + plain(members) + " = " + plain(slots)
						+ " slots, but its workers (" + String.join(", ", workers.stream().map(NodeTemplate::getName).toList()) + ") have "
						+ instances + " instances", group);
			}
		}
	}

	/** The workers named by the group's composed_of requirements, or all workers when it names none. */
	private static List<NodeTemplate> members(NodeTemplate group, DiacTopology network) {
		List<NodeTemplate> members = new ArrayList<>();
		for (RequirementAssignment requirement : group.getRequirements()) {
			if ("composed_of".equals(requirement.getName()) && requirement.getNode() instanceof NodeTemplate worker
					&& !members.contains(worker)) {
				members.add(worker);
			}
		}
		return members.isEmpty() ? network.templatesOf(DiacTopology.WORKER) : members;
	}

	private static BigDecimal number(NodeTemplate template, String property) {
		PropertyAssignment assignment = EffectiveValues.property(template.getProperties(), property);
		return assignment == null ? null : EffectiveValues.number(assignment.getValue());
	}
}
