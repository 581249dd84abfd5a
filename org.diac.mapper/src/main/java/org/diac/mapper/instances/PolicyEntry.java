package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy or a group of the topology (TOSCA 1.3 §3.8.5/§3.8.6): its name, the templates it applies to
 * ({@code targets} of a policy, {@code members} of a group; null when it names none) and the other keys as written.
 */
public record PolicyEntry(String name, List<String> targets, Map<String, Object> rest) {

    public PolicyEntry {
        targets = targets == null ? null : List.copyOf(targets);
        rest = rest == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rest);
    }

    /** The definition, with its target list under {@code key} ({@code targets} or {@code members}) where it was. */
    Map<String, Object> toTree(String key) {
        Map<String, Object> tree = new LinkedHashMap<>();
        rest.forEach((k, v) -> tree.put(k, k.equals(key) && targets != null ? new ArrayList<>(targets) : Trees.copy(v)));
        if (targets != null) {
            tree.putIfAbsent(key, new ArrayList<>(targets));
        }
        return tree;
    }
}
