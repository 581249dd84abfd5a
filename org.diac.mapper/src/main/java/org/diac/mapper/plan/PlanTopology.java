package org.diac.mapper.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instance model as the plan generator reads it: the nodes in document order (the tie-break of the
 * topological order) and the values of the topology's inputs (given or defaults) for {@code get_input}.
 */
public record PlanTopology(List<PlanNode> nodes, Map<String, Object> inputs) {

    public PlanTopology {
        nodes = List.copyOf(nodes);
        inputs = inputs == null ? Map.of() : new LinkedHashMap<>(inputs);
        Set<String> names = new LinkedHashSet<>();
        for (PlanNode node : nodes) {
            if (!names.add(node.name())) {
                throw new IllegalArgumentException("two node templates are named '" + node.name() + "'");
            }
        }
    }

    public PlanNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    /** The operators the plan knows: operator templates and every executor a node names, in document order. */
    public Set<String> operators() {
        Set<String> operators = new LinkedHashSet<>();
        nodes.stream().filter(n -> n.isA(PlanNode.OPERATOR_TYPE)).forEach(n -> operators.add(n.name()));
        nodes.stream().map(PlanNode::executor).filter(e -> e != null).forEach(operators::add);
        return operators;
    }
}
