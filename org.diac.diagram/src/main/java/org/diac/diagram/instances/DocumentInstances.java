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
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.GroupSpec;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Operator;

/**
 * A linked document's allocation for one epoch, by the mapper ({@code diac map FILE --seed HEX} computes the same),
 * as an {@link InstanceView}. Reads what the mapper needs with the effective values the validators use (inputs'
 * defaults): operators and their stakes, the Blacklist, the Staking policy's unit_stake, the NodeGroups and the one
 * worker's Scalable default_instances. What is missing or known only at deployment is a problem, named; then there
 * is nothing to map and the caller draws the type level.
 */
public final class DocumentInstances {

	private DocumentInstances() {
	}

	public static InstanceView of(TopologyTemplate topology, String title, byte[] seed, long epoch) {
		if (topology == null) {
			return InstanceView.unmapped(title, List.of("the document has no topology_template"));
		}
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
			unit = unit == null ? DiacTopology.number(staking, "unit_stake") : unit;
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
		List<NodeTemplate> workers = network.templatesOf(DiacTopology.WORKER);
		BigInteger instances = workers.size() == 1 ? DiacTopology.instances(workers.get(0)) : null;
		if (workers.size() != 1) {
			problems.add(workers.isEmpty() ? "no diac.nodes.Worker template" : "several diac.nodes.Worker templates (the view maps one)");
		} else if (instances == null) {
			problems.add("worker '" + workers.get(0).getName() + "' has default_instances known only at deployment");
		}
		if (!problems.isEmpty()) {
			return InstanceView.unmapped(title, problems);
		}
		AllocationRequest request;
		Allocation allocation;
		try {
			request = new AllocationRequest(operators, unit.toBigInteger(), groups, workers.get(0).getName(), instances.intValueExact(), seed, epoch);
			allocation = Mapper.allocate(request);
		} catch (RuntimeException e) {
			return InstanceView.unmapped(title, List.of("the mapper cannot allocate: " + e.getMessage()));
		}
		return view(title, request, allocation);
	}

	private static InstanceView view(String title, AllocationRequest request, Allocation allocation) {
		List<InstanceView.OperatorShare> shares = new ArrayList<>();
		for (Operator operator : request.operators()) {
			int slots = allocation.workersPerOperator().getOrDefault(operator.name(), 0);
			shares.add(new InstanceView.OperatorShare(operator.name(), operator.stake(), operator.continent(), slots));
		}
		List<InstanceView.GroupSlots> groups = new ArrayList<>();
		for (GroupSpec spec : request.groups()) { // the groups in Mapper.groups' order, each with its NodeGroup
			for (GroupSpec.Group group : spec.resolve(request.workers())) {
				List<InstanceView.Slot> slots = allocation.assignments().stream().filter(a -> a.group().equals(group.name()))
						.map(a -> new InstanceView.Slot(a.instance(), a.operator())).toList();
				groups.add(new InstanceView.GroupSlots(group.name(), spec.template(), slots));
			}
		}
		return new InstanceView(title, allocation.epoch(), allocation.seed(), shares, groups, List.of());
	}

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
