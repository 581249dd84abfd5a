package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diac.mapper.instances.Trees;

/**
 * A {@link PlanTopology} from a plain service template tree (an instance model as {@code InstanceModel.toTree()}
 * writes it, or a document exported from the chain), without the language: what an agent holds. Type chains follow
 * {@code derived_from} among the tree's own {@code node_types} / {@code relationship_types} (TOSCA 1.3 §3.7.1; the
 * built-in TOSCA and DiaC types define no implementations, so stopping at them loses no operation); a requirement's
 * relationship type comes from its long form, else from the node type chain's requirement definition.
 */
public final class TreePlanTopology {

    private TreePlanTopology() {
    }

    public static PlanTopology read(Map<String, Object> tree) {
        Map<String, Object> topology = Trees.map(tree.get("topology_template"));
        Map<String, Object> nodeTypes = Trees.map(tree.get("node_types"));
        Map<String, Object> relationshipTypes = Trees.map(tree.get("relationship_types"));
        Map<String, Object> relationshipTemplates = Trees.map(topology.get("relationship_templates"));
        Map<String, Object> inputs = new LinkedHashMap<>();
        Trees.map(topology.get("inputs")).forEach((name, definition) -> {
            Map<String, Object> d = Trees.map(definition);
            if (d.containsKey("value")) {
                inputs.put(name, d.get("value"));
            } else if (d.containsKey("default")) {
                inputs.put(name, d.get("default"));
            }
        });
        List<PlanNode> nodes = new ArrayList<>();
        Trees.map(topology.get("node_templates")).forEach((name, value) -> {
            Map<String, Object> template = Trees.map(value);
            List<String> chain = chain(template.get("type"), nodeTypes);
            List<Object> layers = layers(chain, nodeTypes);
            layers.add(template.get("interfaces"));
            List<PlanRelationship> requirements = new ArrayList<>();
            for (Object item : Trees.list(template.get("requirements"))) {
                Trees.map(item).forEach((requirement, body) -> requirements.add(relationship(requirement, body, chain,
                        nodeTypes, relationshipTypes, relationshipTemplates)));
            }
            nodes.add(new PlanNode(name, chain, Trees.map(template.get("properties")), InterfaceDefinitions.merge(layers),
                    requirements));
        });
        return new PlanTopology(nodes, inputs);
    }

    private static PlanRelationship relationship(String requirement, Object body, List<String> nodeChain,
            Map<String, Object> nodeTypes, Map<String, Object> relationshipTypes, Map<String, Object> relationshipTemplates) {
        String target = body instanceof String s ? s : stringOrNull(Trees.map(body).get("node"));
        Object written = body instanceof Map<?, ?> ? Trees.map(body).get("relationship") : null;
        String type = null;
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> extra = new ArrayList<>();
        if (written instanceof String s) {
            if (relationshipTemplates.containsKey(s)) {
                Map<String, Object> t = Trees.map(relationshipTemplates.get(s));
                type = stringOrNull(t.get("type"));
                properties.putAll(Trees.map(t.get("properties")));
                extra.add(t.get("interfaces"));
            } else {
                type = s;
            }
        } else if (written instanceof Map<?, ?>) {
            Map<String, Object> r = Trees.map(written);
            type = stringOrNull(r.get("type"));
            properties.putAll(Trees.map(r.get("properties")));
            extra.add(r.get("interfaces"));
        }
        if (type == null) {
            type = definedRelationship(requirement, nodeChain, nodeTypes);
        }
        List<String> chain = chain(type, relationshipTypes);
        List<Object> layers = layers(chain, relationshipTypes);
        layers.addAll(extra);
        return new PlanRelationship(requirement, target, chain, properties, InterfaceDefinitions.merge(layers));
    }

    /** The relationship type a node type (or an ancestor) gives requirement {@code name}, or null. */
    private static String definedRelationship(String name, List<String> nodeChain, Map<String, Object> nodeTypes) {
        for (String type : nodeChain) {
            for (Object item : Trees.list(Trees.map(nodeTypes.get(type)).get("requirements"))) {
                Object definition = Trees.map(item).get(name);
                if (definition != null) {
                    Object r = Trees.map(definition).get("relationship");
                    return r instanceof String s ? s : stringOrNull(Trees.map(r).get("type"));
                }
            }
        }
        return null;
    }

    /** {@code type} and its ancestors, nearest first, as far as {@code types} defines them. */
    private static List<String> chain(Object type, Map<String, Object> types) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Object t = type;
        while (t instanceof String name && seen.add(name)) {
            chain.add(name);
            t = Trees.map(types.get(name)).get("derived_from");
        }
        return chain;
    }

    /** The {@code interfaces:} of each type of the chain, ancestors first. */
    private static List<Object> layers(List<String> chain, Map<String, Object> types) {
        List<Object> layers = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            layers.add(Trees.map(types.get(chain.get(i))).get("interfaces"));
        }
        return layers;
    }

    private static String stringOrNull(Object v) {
        return v instanceof String s ? s : null;
    }
}
