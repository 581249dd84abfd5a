package org.diac.diagram.instances;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.values.EffectiveValues;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.DecentralizationPolicy;
import org.diac.mapper.allocation.GroupSpec;
import org.diac.mapper.allocation.Operator;

/**
 * What the mapper needs from a validated document, read with the effective values the validators use
 * (inputs' defaults, module references): operators and the Blacklist, unit_stake of the Staking policy, the
 * NodeGroups, the worker template and its Scalable default_instances, the Decentralization policy. A value only
 * known at deployment is a problem, named, rather than a guess. The one reading of a document for the mapper: the
 * instance-level diagram and the CLI's map, plan and epoch commands (which depend on this module) share it, so that the
 * picture and {@code diac map} never disagree.
 */
public record DocumentAllocationInput(AllocationRequest request, DecentralizationPolicy policy, List<String> problems) {

	public static DocumentAllocationInput of(TopologyTemplate topology, String workerName, byte[] seed, long epoch) {
		DiacTopology network = DiacTopology.of(topology);
		List<String> problems = new ArrayList<>();
		Set<String> blacklisted = blacklisted(network);
		List<Operator> operators = new ArrayList<>();
		for (DiacTopology.Operator operator : network.operators()) {
			if (operator.stake() == null) {
				problems.add("operator '" + operator.name() + "' has no stake known before deployment");
			} else {
				operators.add(new Operator(operator.name(), operator.stake().toBigInteger(), operator.continent(), operator.cloud(),
						blacklisted.contains(operator.name())));
			}
		}
		BigDecimal unit = null;
		for (Policy staking : network.policies("diac.policies.Staking")) {
			if (unit == null) {
				unit = DiacTopology.number(staking, "unit_stake");
			}
		}
		if (unit == null || unit.signum() <= 0) {
			problems.add("no diac.policies.Staking policy with a positive unit_stake");
		}
		List<GroupSpec> groups = new ArrayList<>();
		for (NodeTemplate group : network.templatesOf(DiacTopology.NODE_GROUP)) {
			groups.add(new GroupSpec(group.getName(), text(group, "name_pattern"), integer(group, "occurrence", problems),
					integer(group, "members_per_group", problems)));
		}
		if (groups.isEmpty()) {
			problems.add("no diac.nodes.NodeGroup template to allocate workers to");
		}
		NodeTemplate worker = worker(network.templatesOf(DiacTopology.WORKER), workerName, problems);
		BigInteger instances = worker == null ? null : DiacTopology.instances(worker);
		if (worker != null && instances == null) {
			problems.add("worker '" + worker.getName() + "' has default_instances known only at deployment");
		}
		if (!problems.isEmpty()) {
			return new DocumentAllocationInput(null, null, problems);
		}
		AllocationRequest request = new AllocationRequest(operators, unit.toBigInteger(), groups, worker.getName(),
				instances.intValueExact(), seed, epoch);
		return new DocumentAllocationInput(request, decentralization(network), problems);
	}

	/** Operators of every Blacklist policy (by name), and operator templates it lists among its nodes. */
	private static Set<String> blacklisted(DiacTopology network) {
		Set<String> names = new HashSet<>();
		for (Policy blacklist : network.policies("diac.policies.Blacklist")) {
			for (String property : List.of("operators", "nodes")) {
				PropertyAssignment assignment = EffectiveValues.property(blacklist.getProperties(), property);
				List<String> listed = assignment == null ? null : EffectiveValues.names(assignment.getValue());
				if (listed != null) {
					names.addAll(listed);
				}
			}
		}
		return names;
	}

	private static NodeTemplate worker(List<NodeTemplate> workers, String name, List<String> problems) {
		if (name != null) {
			for (NodeTemplate worker : workers) {
				if (worker.getName().equals(name)) {
					return worker;
				}
			}
			problems.add("no diac.nodes.Worker template named '" + name + "'");
			return null;
		}
		if (workers.size() == 1) {
			return workers.get(0);
		}
		problems.add(workers.isEmpty() ? "no diac.nodes.Worker template" : "several worker templates ("
				+ String.join(", ", workers.stream().map(NodeTemplate::getName).toList()) + "); choose one with --worker NAME");
		return null;
	}

	/** The first Decentralization policy's limits; none when the document has none. */
	private static DecentralizationPolicy decentralization(DiacTopology network) {
		for (Policy policy : network.policies("diac.policies.Decentralization")) {
			BigDecimal perContinent = DiacTopology.number(policy, "max_per_continent");
			PropertyAssignment antiAffinity = EffectiveValues.property(policy.getProperties(), "anti_affinity");
			return new DecentralizationPolicy(DiacTopology.number(policy, "max_stake_share"),
					perContinent == null ? null : perContinent.intValueExact(), DiacTopology.number(policy, "max_cloud_share"),
					antiAffinity != null && Boolean.TRUE.equals(EffectiveValues.bool(antiAffinity.getValue())));
		}
		return DecentralizationPolicy.NONE;
	}

	private static String text(NodeTemplate template, String property) {
		PropertyAssignment assignment = EffectiveValues.property(template.getProperties(), property);
		return assignment == null ? null : EffectiveValues.text(assignment.getValue());
	}

	private static Integer integer(NodeTemplate template, String property, List<String> problems) {
		PropertyAssignment assignment = EffectiveValues.property(template.getProperties(), property);
		if (assignment == null) {
			return null;
		}
		BigDecimal number = EffectiveValues.number(assignment.getValue());
		if (number == null) {
			problems.add("NodeGroup '" + template.getName() + "': " + property + " is known only at deployment");
			return null;
		}
		return number.intValueExact();
	}
}
