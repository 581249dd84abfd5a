package org.diac.mapper.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * A diac.nodes.NodeGroup template (LANGUAGE.md §3): how many groups ({@code occurrence}), how many members each
 * ({@code members_per_group}), and how they are named ({@code name_pattern}, e.g. {@code shard{index}}). Either
 * number may be absent (null); {@link #resolve(int)} derives it from the number of workers.
 */
public record GroupSpec(String template, String namePattern, Integer occurrence, Integer membersPerGroup) {

    public GroupSpec {
        if (template == null || template.isEmpty()) {
            throw new IllegalArgumentException("a group spec names its NodeGroup template");
        }
        if (occurrence != null && occurrence < 1 || membersPerGroup != null && membersPerGroup < 1) {
            throw new IllegalArgumentException("NodeGroup '" + template + "': occurrence and members_per_group are >= 1");
        }
    }

    /** One concrete group: its name and how many workers it holds at most. */
    public record Group(String name, int capacity) {
    }

    /**
     * The concrete groups for {@code workers} worker instances: occurrence groups (else as many as members_per_group
     * needs, else one), each holding members_per_group (else an equal share, rounded up).
     */
    public List<Group> resolve(int workers) {
        int count = occurrence != null ? occurrence
                : membersPerGroup != null ? Math.max(1, ceilDiv(workers, membersPerGroup)) : 1;
        int capacity = membersPerGroup != null ? membersPerGroup : Math.max(1, ceilDiv(workers, count));
        List<Group> groups = new ArrayList<>(count);
        for (int index = 1; index <= count; index++) {
            groups.add(new Group(name(index, count), capacity));
        }
        return groups;
    }

    /** {@code {index}} in the pattern is the 1-based group number; a pattern without it gets the number appended. */
    private String name(int index, int count) {
        String pattern = namePattern == null || namePattern.isBlank() ? template : namePattern;
        if (pattern.contains("{index}")) {
            return pattern.replace("{index}", Integer.toString(index));
        }
        return count == 1 && namePattern != null ? pattern : pattern + index;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
