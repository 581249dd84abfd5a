package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The nodes with every requirement's target before its source (TOSCA 1.3 §7.2.2: DependsOn, HostedOn and
 * ConnectsTo all create the source only once the target is started; xOpera's {@code ready_for_deploy} waits for
 * every requirement target). Among nodes that are ready, document order decides, so the order is deterministic.
 * Requirements that name no node of the topology (a node type left to the orchestrator) add no edge.
 */
public final class TopologicalOrder {

    private TopologicalOrder() {
    }

    /** @throws CycleException naming the templates of one cycle */
    public static List<PlanNode> of(PlanTopology topology) {
        Map<String, Integer> index = new HashMap<>();
        List<PlanNode> nodes = topology.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).name(), i);
        }
        int[] waitingFor = new int[nodes.size()];
        Map<Integer, List<Integer>> dependents = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (Integer target : targets(nodes.get(i), index)) {
                waitingFor[i]++;
                dependents.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<PlanNode> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(nodes.get(next));
            for (int dependent : dependents.getOrDefault(next, List.of())) {
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() < nodes.size()) {
            throw new CycleException(cycle(nodes, index, waitingFor));
        }
        return order;
    }

    /** Distinct targets (by index) of the node's requirements that are nodes of the topology; a self-reference counts. */
    private static Set<Integer> targets(PlanNode node, Map<String, Integer> index) {
        Set<Integer> targets = new HashSet<>();
        for (PlanRelationship requirement : node.requirements()) {
            Integer target = requirement.target() == null ? null : index.get(requirement.target());
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** A cycle among the nodes left over: walk requirements from the first one until a node repeats. */
    private static List<String> cycle(List<PlanNode> nodes, Map<String, Integer> index, int[] waitingFor) {
        int start = 0;
        while (waitingFor[start] == 0) {
            start++;
        }
        Map<Integer, Integer> seenAt = new LinkedHashMap<>();
        List<Integer> path = new ArrayList<>();
        int current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            int from = current;
            current = targets(nodes.get(from), index).stream().filter(t -> waitingFor[t] > 0).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("left-over node without a left-over target: " + nodes.get(from).name()));
        }
        List<String> cycle = new ArrayList<>();
        for (int i = seenAt.get(current); i < path.size(); i++) {
            cycle.add(nodes.get(path.get(i)).name());
        }
        cycle.add(nodes.get(current).name());
        return cycle;
    }
}
