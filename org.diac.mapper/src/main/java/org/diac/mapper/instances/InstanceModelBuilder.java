package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.allocation.GroupSpec;

/**
 * Turns a type-level document (a plain tree, as the language exports it) and an epoch's allocation into the instance
 * model (LANGUAGE.md §7, §4 module {@code templates}):
 * <ul>
 * <li>the worker template is replaced by one node template per assignment, named {@code <group>-<n>}, of the
 * worker's type, with its properties, capabilities, interfaces and artifacts, plus the profile's instance-level
 * fields: {@code group} (the group's index, an integer as the profile types it), the requirement {@code operated_by}
 * (the operator) and, for an instance that the previous model had with the same operator, its {@code ipv4_addr}
 * and {@code status} (known only once the node is up); its Scalable capability says 1 instance (min, max and
 * default), so that the DiaC checks count the slots once;</li>
 * <li>every other template is kept; a requirement that targets the worker template becomes one requirement per
 * instance (the profile's {@code composed_of}, {@code validates} and {@code connect_to} are all
 * {@code [.., UNBOUNDED]}); policy targets and group members naming the worker name the instances;</li>
 * <li>each concrete group (e.g. {@code shard3}) becomes a TOSCA group ({@code tosca.groups.Root}) of its instances,
 * unless a group or template of that name exists;</li>
 * <li>the metadata records the epoch, the seed and the worker template ({@code diac.epoch}, {@code diac.seed},
 * {@code diac.instances_of}).</li>
 * </ul>
 * Not re-targeted: {@code get_property}/{@code get_attribute} naming the worker template, and substitution mappings
 * (an instance model has no single worker to point them to).
 */
public final class InstanceModelBuilder {

    /** The profile's names (LANGUAGE.md §3). */
    static final String OPERATED_BY = "operated_by";
    static final String SCALABLE = "scalable";

    private InstanceModelBuilder() {
    }

    /**
     * @param document the type-level service template as a plain tree
     * @param request what the allocation was made from (its groups give each group's index)
     * @param allocation the epoch's allocation
     * @param previous the previous instance model as a plain tree, or null: {@code ipv4_addr} and {@code status}
     *        of instances that stay with their operator are carried over
     */
    public static InstanceModel build(Map<String, Object> document, AllocationRequest request, Allocation allocation,
            Map<String, Object> previous) {
        Map<String, Integer> groupIndex = new HashMap<>();
        for (GroupSpec spec : request.groups()) {
            List<GroupSpec.Group> groups = spec.resolve(request.workers());
            for (int i = 0; i < groups.size(); i++) {
                groupIndex.put(groups.get(i).name(), i + 1);
            }
        }
        List<Instance> instances = new ArrayList<>();
        for (Assignment a : allocation.assignments()) {
            Integer index = groupIndex.get(a.group());
            if (index == null) {
                throw new IllegalArgumentException("assignment " + a.instance() + " names group '" + a.group()
                        + "', which none of the request's NodeGroups makes");
            }
            instances.add(new Instance(a.instance(), a.template(), a.group(), index, a.operator()));
        }
        // groups in index order, members by number: shard1-1, shard1-2, ..., shard2-1, ...
        instances.sort(Comparator.comparingInt(Instance::groupIndex).thenComparing(Instance::group)
                .thenComparingInt(i -> memberNumber(i.name())));
        Map<String, List<String>> byTemplate = new LinkedHashMap<>();
        instances.forEach(i -> byTemplate.computeIfAbsent(i.template(), t -> new ArrayList<>()).add(i.name()));

        Map<String, Object> topologyTree = Trees.map(document.get("topology_template"));
        Map<String, Object> templatesTree = Trees.map(topologyTree.get("node_templates"));
        for (String template : byTemplate.keySet()) {
            if (!templatesTree.containsKey(template)) {
                throw new IllegalArgumentException("the allocation's worker template '" + template + "' is not in the document");
            }
        }
        Map<String, Map<String, Object>> runtime = runtimeFields(previous);

        List<NodeTemplate> templates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        templatesTree.forEach((name, body) -> {
            Map<String, Object> tree = Trees.map(body);
            if (byTemplate.containsKey(name)) {
                for (Instance instance : instances) {
                    if (instance.template().equals(name)) {
                        templates.add(instance(tree, instance, runtime.get(instance.name() + "\u0000" + instance.operator())));
                        names.add(instance.name());
                    }
                }
            } else {
                templates.add(kept(name, tree, byTemplate));
                names.add(name);
            }
        });

        List<PolicyEntry> groups = new ArrayList<>();
        Trees.map(topologyTree.get("groups")).forEach((name, body) -> {
            groups.add(entry(name, Trees.map(body), "members", byTemplate));
            names.add(name);
        });
        Map<String, List<String>> members = new LinkedHashMap<>();
        instances.forEach(i -> members.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i.name()));
        members.forEach((group, list) -> {
            if (!names.contains(group)) {
                Map<String, Object> rest = new LinkedHashMap<>();
                rest.put("type", "tosca.groups.Root");
                rest.put("description", "Workers of " + group + " in epoch " + allocation.epoch() + " (DiaC mapper).");
                groups.add(new PolicyEntry(group, list, rest));
            }
        });

        List<PolicyEntry> policies = new ArrayList<>();
        Object policyTree = topologyTree.get("policies");
        for (Object item : Trees.list(policyTree)) {
            Trees.map(item).forEach((name, body) -> policies.add(entry(name, Trees.map(body), "targets", byTemplate)));
        }
        Trees.map(policyTree).forEach((name, body) -> policies.add(entry(name, Trees.map(body), "targets", byTemplate)));

        Map<String, Object> header = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!"topology_template".equals(key)) {
                header.put(key, Trees.copy(value));
            }
        });
        Map<String, Object> metadata = new LinkedHashMap<>(Trees.map(header.get("metadata")));
        metadata.put("diac.epoch", Long.toString(allocation.epoch()));
        metadata.put("diac.seed", allocation.seed());
        metadata.put("diac.instances_of", String.join(",", byTemplate.keySet()));
        header.put("metadata", metadata);
        if (!document.containsKey("metadata")) {
            // metadata right after the version, where TOSCA 1.3 §3.9 lists it
            Map<String, Object> ordered = new LinkedHashMap<>();
            header.forEach((k, v) -> {
                if (!"metadata".equals(k)) {
                    ordered.put(k, v);
                    if ("tosca_definitions_version".equals(k)) {
                        ordered.put("metadata", metadata);
                    }
                }
            });
            ordered.putIfAbsent("metadata", metadata);
            header.clear();
            header.putAll(ordered);
        }
        Map<String, Object> topologyRest = new LinkedHashMap<>();
        topologyTree.forEach((key, value) -> {
            if (!List.of("node_templates", "groups", "policies").contains(key)) {
                topologyRest.put(key, Trees.copy(value));
            }
        });
        return new InstanceModel(header, topologyRest, templates, groups, policies, instances);
    }

    private static int memberNumber(String instance) {
        int dash = instance.lastIndexOf('-');
        try {
            return Integer.parseInt(instance.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** ipv4_addr and status of the previous model's instances, by name and operator. */
    private static Map<String, Map<String, Object>> runtimeFields(Map<String, Object> previous) {
        Map<String, Map<String, Object>> fields = new HashMap<>();
        if (previous == null) {
            return fields;
        }
        Trees.map(Trees.map(previous.get("topology_template")).get("node_templates")).forEach((name, body) -> {
            Map<String, Object> tree = Trees.map(body);
            String operator = null;
            for (Object item : Trees.list(tree.get("requirements"))) {
                Object target = Trees.map(item).get(OPERATED_BY);
                operator = target instanceof Map<?, ?> m ? Trees.text(m.get("node")) : Trees.text(target);
            }
            Map<String, Object> properties = Trees.map(tree.get("properties"));
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String key : List.of("ipv4_addr", "status")) {
                if (properties.containsKey(key)) {
                    kept.put(key, Trees.copy(properties.get(key)));
                }
            }
            if (operator != null && !kept.isEmpty()) {
                fields.put(name + "\u0000" + operator, kept);
            }
        });
        return fields;
    }

    private static NodeTemplate instance(Map<String, Object> worker, Instance instance, Map<String, Object> runtime) {
        Map<String, Object> properties = Trees.copy(Trees.map(worker.get("properties")));
        properties.put("group", instance.groupIndex());
        if (runtime != null) {
            properties.putAll(runtime);
        }
        List<Requirement> requirements = new ArrayList<>();
        requirements.add(Requirement.to(OPERATED_BY, instance.operator()));
        for (Requirement requirement : requirements(worker)) {
            if (!requirement.name().equals(OPERATED_BY)) {
                requirements.add(requirement);
            }
        }
        Map<String, Object> rest = rest(worker);
        Map<String, Object> capabilities = Trees.map(rest.get("capabilities"));
        if (capabilities.containsKey(SCALABLE)) {
            Map<String, Object> scalable = Trees.map(capabilities.get(SCALABLE));
            Map<String, Object> scalableProperties = Trees.map(scalable.get("properties"));
            // TOSCA 1.3 §5.5.11: this template is one instance
            scalableProperties.put("min_instances", 1);
            scalableProperties.put("max_instances", 1);
            scalableProperties.put("default_instances", 1);
            scalable.put("properties", scalableProperties);
            capabilities.put(SCALABLE, scalable);
            rest.put("capabilities", capabilities);
        }
        return new NodeTemplate(instance.name(), Trees.text(worker.get("type")), properties, requirements, rest);
    }

    private static NodeTemplate kept(String name, Map<String, Object> tree, Map<String, List<String>> byTemplate) {
        List<Requirement> requirements = new ArrayList<>();
        for (Requirement requirement : requirements(tree)) {
            List<String> instances = byTemplate.get(requirement.node());
            if (instances == null) {
                requirements.add(requirement);
            } else {
                instances.forEach(i -> requirements.add(requirement.retarget(i)));
            }
        }
        return new NodeTemplate(name, Trees.text(tree.get("type")), Trees.copy(Trees.map(tree.get("properties"))), requirements,
                rest(tree));
    }

    /** Every key but type, properties and requirements, as written. */
    private static Map<String, Object> rest(Map<String, Object> tree) {
        Map<String, Object> rest = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (!List.of("type", "properties", "requirements").contains(key)) {
                rest.put(key, Trees.copy(value));
            }
        });
        return rest;
    }

    /** Requirement assignments in the short ({@code name: node}) or long ({@code name: {node: ...}}) form. */
    static List<Requirement> requirements(Map<String, Object> template) {
        List<Requirement> requirements = new ArrayList<>();
        for (Object item : Trees.list(template.get("requirements"))) {
            Trees.map(item).forEach((name, body) -> {
                if (body instanceof Map<?, ?>) {
                    Map<String, Object> details = Trees.copy(Trees.map(body));
                    Object node = details.remove("node");
                    requirements.add(new Requirement(name, Trees.text(node), details));
                } else {
                    requirements.add(Requirement.to(name, Trees.text(body)));
                }
            });
        }
        return requirements;
    }

    private static PolicyEntry entry(String name, Map<String, Object> tree, String key, Map<String, List<String>> byTemplate) {
        List<String> targets = null;
        if (tree.containsKey(key)) {
            targets = new ArrayList<>();
            for (Object target : Trees.list(tree.get(key))) {
                String text = Trees.text(target);
                List<String> instances = byTemplate.get(text);
                if (instances == null) {
                    targets.add(text);
                } else {
                    targets.addAll(instances);
                }
            }
        }
        return new PolicyEntry(name, targets, Trees.copy(tree));
    }
}
