package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.mapper.instances.Trees;

/**
 * Resolves operation inputs where that needs no running system (TOSCA 1.3 §4.4): literals, {@code get_input} (the
 * topology's input values), and {@code get_property} on the same template: {@code SELF} or the node's own name, and
 * for relationship operations {@code SOURCE} and {@code TARGET}; nested paths through maps and lists. A property
 * whose value is itself {@code get_input} or {@code get_property} is followed (to a bounded depth). Anything else
 * ({@code get_attribute}, {@code concat}, other templates, {@code get_operation_output}, ...) is left as written and
 * reported unresolved.
 */
final class InputResolver {

    private static final Object UNRESOLVED = new Object();
    private static final int MAX_DEPTH = 16;

    private final Map<String, Object> topologyInputs;
    private final String selfName;
    private final Map<String, Object> self;
    private final PlanNode source;
    private final PlanNode target;

    private InputResolver(Map<String, Object> topologyInputs, String selfName, Map<String, Object> self, PlanNode source, PlanNode target) {
        this.topologyInputs = topologyInputs;
        this.selfName = selfName;
        this.self = self;
        this.source = source;
        this.target = target;
    }

    static InputResolver forNode(PlanTopology topology, PlanNode node) {
        return new InputResolver(topology.inputs(), node.name(), node.properties(), null, null);
    }

    static InputResolver forRelationship(PlanTopology topology, PlanRelationship relationship, PlanNode source, PlanNode target) {
        return new InputResolver(topology.inputs(), null, relationship.properties(), source, target);
    }

    /** Resolved inputs in order, and the names of those left as written. */
    record Resolved(Map<String, Object> inputs, List<String> unresolved) {
    }

    Resolved resolve(Map<String, Object> inputs) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        inputs.forEach((name, value) -> {
            Object resolved = value(value, 0);
            if (resolved == UNRESOLVED) {
                values.put(name, Trees.copy(value));
                unresolved.add(name);
            } else {
                values.put(name, resolved);
            }
        });
        return new Resolved(values, unresolved);
    }

    private Object value(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return UNRESOLVED;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = String.valueOf(map.keySet().iterator().next());
                if (key.equals("get_input")) {
                    return input(map.get(key), depth);
                }
                if (key.equals("get_property")) {
                    return property(map.get(key), depth);
                }
                if (isFunction(key)) {
                    return UNRESOLVED;
                }
            }
            Map<Object, Object> resolved = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object v = value(entry.getValue(), depth + 1);
                if (v == UNRESOLVED) {
                    return UNRESOLVED;
                }
                resolved.put(entry.getKey(), v);
            }
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object item : list) {
                Object v = value(item, depth + 1);
                if (v == UNRESOLVED) {
                    return UNRESOLVED;
                }
                resolved.add(v);
            }
            return resolved;
        }
        return value;
    }

    private static boolean isFunction(String key) {
        return switch (key) {
            case "get_attribute", "get_operation_output", "concat", "join", "token", "get_artifact", "get_nodes_of_type" -> true;
            default -> false;
        };
    }

    /** {@code get_input: name} or {@code get_input: [name, path...]}. */
    private Object input(Object argument, int depth) {
        List<Object> path = argument instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(List.of(String.valueOf(argument)));
        if (path.isEmpty() || !topologyInputs.containsKey(String.valueOf(path.get(0)))) {
            return UNRESOLVED;
        }
        Object value = value(topologyInputs.get(String.valueOf(path.get(0))), depth + 1);
        return value == UNRESOLVED ? UNRESOLVED : walk(value, path.subList(1, path.size()));
    }

    /** {@code get_property: [SELF | SOURCE | TARGET | own name, property, path...]}; capability requirement forms are not resolved. */
    private Object property(Object argument, int depth) {
        if (!(argument instanceof List<?> list) || list.size() < 2) {
            return UNRESOLVED;
        }
        String entity = String.valueOf(list.get(0));
        Map<String, Object> properties;
        InputResolver next = this;
        if (entity.equals("SELF") || entity.equals(selfName)) {
            properties = self;
        } else if (entity.equals("SOURCE") && source != null) {
            properties = source.properties();
            next = new InputResolver(topologyInputs, source.name(), source.properties(), null, null);
        } else if (entity.equals("TARGET") && target != null) {
            properties = target.properties();
            next = new InputResolver(topologyInputs, target.name(), target.properties(), null, null);
        } else {
            return UNRESOLVED;
        }
        String name = String.valueOf(list.get(1));
        if (!properties.containsKey(name)) {
            return UNRESOLVED;
        }
        Object value = next.value(properties.get(name), depth + 1);
        return value == UNRESOLVED ? UNRESOLVED : walk(value, new ArrayList<>(list.subList(2, list.size())));
    }

    private static Object walk(Object value, List<Object> path) {
        Object current = value;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && map.containsKey(String.valueOf(step))) {
                current = map.get(String.valueOf(step));
            } else if (current instanceof List<?> list && step instanceof Number n && n.intValue() >= 0 && n.intValue() < list.size()) {
                current = list.get(n.intValue());
            } else {
                return UNRESOLVED;
            }
        }
        return Trees.copy(current);
    }
}
