package org.diac.cli.mapper;

import java.util.Map;

import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.allocation.Mapper;

/** {@code diac map --format table}: one line per instance, then workers per operator and group. */
public final class AllocationTable {

    private AllocationTable() {
    }

    public static String of(Allocation allocation, AllocationRequest request) {
        StringBuilder text = new StringBuilder();
        text.append("epoch ").append(allocation.epoch()).append("  seed ").append(allocation.seed()).append('\n');
        int instanceWidth = Math.max("instance".length(), allocation.assignments().stream().mapToInt(a -> a.instance().length()).max().orElse(0));
        int groupWidth = Math.max("group".length(), allocation.assignments().stream().mapToInt(a -> a.group().length()).max().orElse(0));
        int operatorWidth = Math.max("operator".length(), allocation.assignments().stream().mapToInt(a -> a.operator().length()).max().orElse(0));
        String row = "%-" + instanceWidth + "s  %-" + groupWidth + "s  %-" + operatorWidth + "s  %s%n";
        text.append(String.format(row, "instance", "group", "operator", "template"));
        for (Assignment a : allocation.assignments()) {
            text.append(String.format(row, a.instance(), a.group(), a.operator(), a.template()));
        }
        int groups = Mapper.groups(request).size();
        text.append('\n').append(allocation.assignments().size()).append(" of ").append(request.workers())
                .append(" worker instances allocated over ").append(groups).append(" groups\n");
        Map<String, Integer> perOperator = allocation.workersPerOperator();
        perOperator.forEach((operator, count) -> text.append(String.format("  %-" + operatorWidth + "s  %d%n", operator, count)));
        return text.toString();
    }
}
