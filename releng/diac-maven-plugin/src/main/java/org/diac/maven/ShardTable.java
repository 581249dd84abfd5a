package org.diac.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;

/**
 * An allocation for people: one row per group (shard), one column per operator, each cell the instances that
 * operator runs in that shard; a last row counts each operator's instances. Markdown, so it can go into a README.
 */
final class ShardTable {

    private ShardTable() {
    }

    static String of(Allocation allocation) {
        // shard2 before shard10: shorter names first
        Map<String, Map<String, List<String>>> cells = new TreeMap<>(java.util.Comparator.comparingInt(String::length)
                .thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, Integer> perOperator = new TreeMap<>();
        for (Assignment a : allocation.assignments()) {
            cells.computeIfAbsent(a.group(), g -> new TreeMap<>()).computeIfAbsent(a.operator(), o -> new ArrayList<>())
                    .add(a.instance());
            perOperator.merge(a.operator(), 1, Integer::sum);
        }
        List<String> operators = new ArrayList<>(perOperator.keySet());
        StringBuilder text = new StringBuilder("| group |");
        operators.forEach(o -> text.append(' ').append(o).append(" |"));
        text.append("\n|---|");
        operators.forEach(o -> text.append("---|"));
        text.append('\n');
        cells.forEach((group, row) -> {
            text.append("| ").append(group).append(" |");
            for (String o : operators) {
                List<String> instances = row.get(o);
                text.append(' ').append(instances == null ? "–" : String.join(", ", instances)).append(" |");
            }
            text.append('\n');
        });
        text.append("| instances |");
        operators.forEach(o -> text.append(' ').append(perOperator.get(o)).append(" |"));
        return text.append('\n').toString();
    }
}
