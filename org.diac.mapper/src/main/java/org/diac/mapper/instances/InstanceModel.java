package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapped document as a TOSCA 1.3 service template (LANGUAGE.md §7): one node template per worker slot, the other
 * templates kept, requirements, policy targets and group members re-targeted to the instances. {@code header} holds
 * the document's top-level keys as written (with {@code diac.*} metadata of the epoch added); {@code topology} the
 * topology_template's keys other than node templates, groups and policies, as written. {@link #toTree()} is what
 * {@link InstanceModelYaml} writes.
 */
public record InstanceModel(Map<String, Object> header, Map<String, Object> topology, List<NodeTemplate> nodeTemplates,
        List<PolicyEntry> groups, List<PolicyEntry> policies, List<Instance> instances) {

    public InstanceModel {
        header = new LinkedHashMap<>(header);
        topology = new LinkedHashMap<>(topology);
        nodeTemplates = List.copyOf(nodeTemplates);
        groups = List.copyOf(groups);
        policies = List.copyOf(policies);
        instances = List.copyOf(instances);
    }

    public NodeTemplate template(String name) {
        return nodeTemplates.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The service template as a plain tree: maps in key order, lists, scalars. */
    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        header.forEach((key, value) -> tree.put(key, Trees.copy(value)));
        Map<String, Object> topologyTree = new LinkedHashMap<>();
        topology.forEach((key, value) -> topologyTree.put(key, Trees.copy(value)));
        Map<String, Object> templates = new LinkedHashMap<>();
        nodeTemplates.forEach(t -> templates.put(t.name(), t.toTree()));
        topologyTree.put("node_templates", templates);
        if (!groups.isEmpty()) {
            Map<String, Object> groupTree = new LinkedHashMap<>();
            groups.forEach(g -> groupTree.put(g.name(), g.toTree("members")));
            topologyTree.put("groups", groupTree);
        }
        if (!policies.isEmpty()) {
            List<Object> policyTree = new ArrayList<>();
            policies.forEach(p -> policyTree.add(Map.of(p.name(), p.toTree("targets"))));
            topologyTree.put("policies", policyTree);
        }
        tree.put("topology_template", topologyTree);
        return tree;
    }
}
