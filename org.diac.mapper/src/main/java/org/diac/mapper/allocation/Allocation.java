package org.diac.mapper.allocation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allocation of one epoch. Its record shape is the JSON shape of {@code diac map --format json}:
 * {@code {"epoch", "seed", "assignments": [{"instance", "group", "operator", "template"}]}}; {@code seed} is hex.
 */
public record Allocation(long epoch, String seed, List<Assignment> assignments) {

    public Allocation {
        assignments = List.copyOf(assignments);
    }

    /** Workers per operator, by operator name. */
    public Map<String, Integer> workersPerOperator() {
        Map<String, Integer> counts = new TreeMap<>();
        assignments.forEach(a -> counts.merge(a.operator(), 1, Integer::sum));
        return counts;
    }

    /** Workers per (group, operator): group name → operator name → count. */
    public Map<String, Map<String, Integer>> workersPerGroupAndOperator() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        assignments.forEach(a -> counts.computeIfAbsent(a.group(), g -> new TreeMap<>()).merge(a.operator(), 1, Integer::sum));
        return counts;
    }
}
