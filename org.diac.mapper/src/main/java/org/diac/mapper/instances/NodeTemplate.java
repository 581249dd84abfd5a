package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node template of the instance model (TOSCA 1.3 §3.8.3): what the mapper changes is typed (name, type,
 * properties, requirements); everything else ({@code description}, {@code capabilities}, {@code interfaces},
 * {@code artifacts}, {@code metadata}, ...) is kept as written, in {@code rest}.
 */
public record NodeTemplate(String name, String type, Map<String, Object> properties, List<Requirement> requirements,
        Map<String, Object> rest) {

    public NodeTemplate {
        properties = properties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(properties);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        rest = rest == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rest);
    }

    /** The requirements' targets named {@code requirement}. */
    public List<String> targets(String requirement) {
        List<String> targets = new ArrayList<>();
        requirements.stream().filter(r -> r.name().equals(requirement)).forEach(r -> targets.add(r.node()));
        return targets;
    }

    Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("type", type);
        if (rest.containsKey("description")) {
            tree.put("description", rest.get("description"));
        }
        if (!properties.isEmpty()) {
            tree.put("properties", Trees.copy(properties));
        }
        if (!requirements.isEmpty()) {
            List<Object> list = new ArrayList<>();
            requirements.forEach(r -> list.add(r.toTree()));
            tree.put("requirements", list);
        }
        rest.forEach((key, value) -> tree.putIfAbsent(key, Trees.copy(value)));
        return tree;
    }
}
