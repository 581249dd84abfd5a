package org.diac.mapper.instances;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A requirement assignment of a node template (TOSCA 1.3 §3.8.2): its name, the node template it targets, and the
 * other keys as written ({@code relationship}, {@code capability}, {@code node_filter}, {@code occurrences}). With no
 * other keys it is written in the short form {@code - name: node}.
 */
public record Requirement(String name, String node, Map<String, Object> details) {

    public Requirement {
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
    }

    public static Requirement to(String name, String node) {
        return new Requirement(name, node, Map.of());
    }

    /** The same requirement aimed at another node template. */
    public Requirement retarget(String other) {
        return new Requirement(name, other, details);
    }

    /** {@code {name: node}} or {@code {name: {node: ..., relationship: ..., ...}}}. */
    Map<String, Object> toTree() {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (details.isEmpty()) {
            entry.put(name, node);
            return entry;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (node != null) {
            body.put("node", node);
        }
        body.putAll(Trees.copy(details));
        entry.put(name, body);
        return entry;
    }
}
