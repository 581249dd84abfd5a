package org.diac.mapper.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diac.mapper.instances.Trees;

/**
 * Reads {@code interfaces:} sections (plain trees) of types and templates into operations, layer by layer
 * (TOSCA 1.3 §3.6.20, §3.6.21: a type's interface definitions refine its parent's; a template's assignments refine
 * its type's). Operations are written under {@code operations:} (TOSCA 1.3) or directly under the interface
 * (TOSCA 1.0); an operation is a string (its implementation) or a map with {@code implementation} (a string, or
 * {@code primary} as a string or an artifact definition with {@code file}) and {@code inputs}. An input written as
 * a parameter definition (a map with {@code type}) counts through its {@code value} or {@code default} only.
 * Interfaces are keyed by their short name ({@code Standard}, {@code Configure}), also when a TOSCA 1.0 file uses
 * the interface type's name as the key.
 */
public final class InterfaceDefinitions {

    public static final String STANDARD = "Standard";
    public static final String CONFIGURE = "Configure";

    private static final Set<String> INTERFACE_KEYS = Set.of("type", "inputs", "operations", "notifications", "description",
            "derived_from", "metadata", "version");

    private InterfaceDefinitions() {
    }

    /** The layers ({@code interfaces:} trees, ancestors first, the template last) merged: interface → operation → definition. */
    public static Map<String, Map<String, Operation>> merge(List<?> layers) {
        Map<String, Map<String, Operation>> merged = new LinkedHashMap<>();
        for (Object layer : layers) {
            Trees.map(layer).forEach((key, definition) -> addInterface(merged, shortName(key), Trees.map(definition)));
        }
        return merged;
    }

    /** {@code tosca.interfaces.node.lifecycle.Standard} → {@code Standard}; other names as they are. */
    public static String shortName(String key) {
        if (key.equals("tosca.interfaces.node.lifecycle.Standard") || key.equals("tosca.interfaces.relationship.Configure")) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        return key;
    }

    private static void addInterface(Map<String, Map<String, Operation>> merged, String name, Map<String, Object> definition) {
        Map<String, Operation> operations = merged.computeIfAbsent(name, n -> new LinkedHashMap<>());
        Map<String, Object> shared = inputs(definition.get("inputs"));
        Map<String, Object> written = new LinkedHashMap<>();
        definition.forEach((key, value) -> {
            if (!INTERFACE_KEYS.contains(key)) {
                written.put(key, value);
            }
        });
        written.putAll(Trees.map(definition.get("operations")));
        // interface-level inputs reach every operation, also those only the interface type declares
        if (!shared.isEmpty()) {
            operations.replaceAll((op, current) -> current.refine(new Operation(null, shared)));
        }
        written.forEach((op, value) -> {
            Operation layer = operation(value);
            Map<String, Object> withShared = new LinkedHashMap<>(shared);
            withShared.putAll(layer.inputs());
            Operation current = operations.getOrDefault(op, new Operation(null, Map.of()));
            operations.put(op, current.refine(new Operation(layer.implementation(), withShared)));
        });
    }

    private static Operation operation(Object value) {
        if (value == null) {
            return new Operation(null, Map.of());
        }
        if (!(value instanceof Map<?, ?>)) {
            return new Operation(Trees.text(value), Map.of());
        }
        Map<String, Object> definition = Trees.map(value);
        return new Operation(implementation(definition.get("implementation")), inputs(definition.get("inputs")));
    }

    private static String implementation(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object primary = map.get("primary");
            if (primary instanceof Map<?, ?> artifact) {
                return Trees.text(artifact.get("file"));
            }
            return Trees.text(primary);
        }
        return Trees.text(value);
    }

    /** Input assignments; a parameter definition gives its value or default, or nothing. */
    private static Map<String, Object> inputs(Object section) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        Trees.map(section).forEach((name, value) -> {
            if (value instanceof Map<?, ?> map && map.containsKey("type") && map.get("type") instanceof String) {
                if (map.containsKey("value")) {
                    inputs.put(name, Trees.copy(map.get("value")));
                } else if (map.containsKey("default")) {
                    inputs.put(name, Trees.copy(map.get("default")));
                }
            } else {
                inputs.put(name, Trees.copy(value));
            }
        });
        return inputs;
    }
}
