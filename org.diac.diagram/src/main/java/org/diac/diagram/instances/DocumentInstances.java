package org.diac.diagram.instances;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.TopologyTemplate;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.GroupSpec;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Operator;

/**
 * A linked document's allocation for one epoch, by the mapper ({@code diac map FILE --seed HEX} computes the same),
 * as an {@link InstanceView}. What the mapper needs is read by {@link DocumentAllocationInput}, as for {@code diac
 * map}; what is missing or known only at deployment is a problem, named: then there is nothing to map and the caller
 * draws the type level.
 */
public final class DocumentInstances {

	private DocumentInstances() {
	}

	public static InstanceView of(TopologyTemplate topology, String title, byte[] seed, long epoch) {
		if (topology == null) {
			return InstanceView.unmapped(title, List.of("the document has no topology_template"));
		}
		DocumentAllocationInput input = DocumentAllocationInput.of(topology, null, seed, epoch);
		if (!input.problems().isEmpty()) {
			return InstanceView.unmapped(title, input.problems());
		}
		AllocationRequest request = input.request();
		Allocation allocation;
		try {
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
}
