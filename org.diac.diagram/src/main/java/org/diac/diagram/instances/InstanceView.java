package org.diac.diagram.instances;

import java.math.BigInteger;
import java.util.List;

/**
 * The instance level of a document for one epoch: each operator with its stake and slots, and each group (shard)
 * with the worker instances the mapper allocated to it, each run by an operator. When the document has nothing to
 * map, {@code problems} says why and the lists are empty.
 */
public record InstanceView(String title, long epoch, String seed, List<OperatorShare> operators, List<GroupSlots> groups, List<String> problems) {

	/** An operator and the number of worker slots it runs this epoch. */
	public record OperatorShare(String name, BigInteger stake, String continent, int slots) {
	}

	/** A group of the NodeGroup (a shard) and its slots, in allocation order. */
	public record GroupSlots(String name, String nodeGroup, List<Slot> slots) {

		public GroupSlots {
			slots = List.copyOf(slots);
		}
	}

	/** One worker instance: its name ({@code shard1-1}) and its operator. */
	public record Slot(String instance, String operator) {
	}

	public InstanceView {
		operators = List.copyOf(operators);
		groups = List.copyOf(groups);
		problems = List.copyOf(problems);
	}

	public boolean mapped() {
		return problems.isEmpty();
	}

	public int slotCount() {
		return groups.stream().mapToInt(g -> g.slots().size()).sum();
	}

	static InstanceView unmapped(String title, List<String> problems) {
		return new InstanceView(title, 0, null, List.of(), List.of(), problems);
	}
}
