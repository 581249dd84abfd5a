package org.diac.mapper.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the mapper needs, read from a plain document tree (maps, lists, scalars) whose {@code get_input}s and module
 * references are already resolved, as the chaincode and the agents hold it: no language, no Xtext. Reads what the
 * CLI reads through the language (operators, Blacklist, Staking {@code unit_stake}, NodeGroups, the worker's
 * Scalable {@code default_instances}, the first Decentralization policy). Types count by name or by the document's
 * {@code derived_from} chain (TOSCA 1.3 §3.7.1). A value that is missing or not a number is a problem, named.
 */
public record TreeAllocationInput(AllocationRequest request, DecentralizationPolicy policy, List<String> problems) {

    public static final String OPERATOR = "diac.nodes.Operator";
    public static final String WORKER = "diac.nodes.Worker";
    public static final String NODE_GROUP = "diac.nodes.NodeGroup";

    public TreeAllocationInput {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The input of an allocation of {@code doc} with the epoch's seed; the only worker template unless named. */
    public static TreeAllocationInput of(Map<?, ?> doc, String workerName, byte[] seed, long epoch) {
        Map<?, ?> topology = map(doc.get("topology_template"));
        Map<String, Map<?, ?>> templates = new LinkedHashMap<>();
        map(topology.get("node_templates")).forEach((n, t) -> templates.put(String.valueOf(n), map(t)));
        Map<String, Map<?, ?>> policies = policies(topology);
        List<String> problems = new ArrayList<>();

        Set<String> blacklisted = new HashSet<>();
        for (Map<?, ?> blacklist : ofType(doc, policies, "diac.policies.Blacklist")) {
            blacklisted.addAll(strings(map(blacklist.get("properties")).get("operators")));
            blacklisted.addAll(strings(map(blacklist.get("properties")).get("nodes")));
        }
        List<Operator> operators = new ArrayList<>();
        List<GroupSpec> groups = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        templates.forEach((name, t) -> {
            Map<?, ?> properties = map(t.get("properties"));
            if (isA(doc, "node_types", t.get("type"), OPERATOR)) {
                BigDecimal stake = number(properties.get("stake"));
                if (stake == null || stake.signum() < 0) {
                    problems.add("operator '" + name + "' has no stake, or one that is no number");
                } else {
                    operators.add(new Operator(name, stake.toBigInteger(), text(properties.get("continent")),
                            Boolean.TRUE.equals(properties.get("cloud")) || "true".equals(properties.get("cloud")),
                            blacklisted.contains(name)));
                }
            } else if (isA(doc, "node_types", t.get("type"), NODE_GROUP)) {
                groups.add(new GroupSpec(name, text(properties.get("name_pattern")),
                        integer(name, properties, "occurrence", problems),
                        integer(name, properties, "members_per_group", problems)));
            } else if (isA(doc, "node_types", t.get("type"), WORKER)) {
                workers.add(name);
            }
        });
        BigDecimal unit = null;
        for (Map<?, ?> staking : ofType(doc, policies, "diac.policies.Staking")) {
            unit = unit != null ? unit : number(map(staking.get("properties")).get("unit_stake"));
        }
        if (unit == null || unit.signum() <= 0) {
            problems.add("no diac.policies.Staking policy with a positive unit_stake");
        }
        if (groups.isEmpty()) {
            problems.add("no diac.nodes.NodeGroup template to allocate workers to");
        }
        String worker = workerName != null ? (workers.contains(workerName) ? workerName : null)
                : workers.size() == 1 ? workers.get(0) : null;
        if (worker == null) {
            problems.add(workerName != null ? "no diac.nodes.Worker template named '" + workerName + "'"
                    : workers.isEmpty() ? "no diac.nodes.Worker template" : "several worker templates " + workers);
        }
        Integer instances = worker == null ? null : instances(templates.get(worker), worker, problems);
        if (!problems.isEmpty()) {
            return new TreeAllocationInput(null, null, problems);
        }
        try {
            return new TreeAllocationInput(new AllocationRequest(operators, unit.toBigInteger(), groups, worker,
                    instances, seed, epoch), decentralization(doc, policies), problems);
        } catch (IllegalArgumentException e) {
            return new TreeAllocationInput(null, null, List.of(e.getMessage()));
        }
    }

    /** Scalable {@code default_instances} of any capability (TOSCA 1.3 §5.5.11; 1 when absent). */
    private static Integer instances(Map<?, ?> worker, String name, List<String> problems) {
        for (Object capability : map(worker.get("capabilities")).values()) {
            Object value = map(map(capability).get("properties")).get("default_instances");
            if (value != null) {
                BigDecimal n = number(value);
                if (n == null || n.signum() < 0) {
                    problems.add("worker '" + name + "': default_instances is no number");
                    return null;
                }
                return n.intValue();
            }
        }
        return 1;
    }

    private static DecentralizationPolicy decentralization(Map<?, ?> doc, Map<String, Map<?, ?>> policies) {
        for (Map<?, ?> p : ofType(doc, policies, "diac.policies.Decentralization")) {
            Map<?, ?> properties = map(p.get("properties"));
            BigDecimal perContinent = number(properties.get("max_per_continent"));
            Object antiAffinity = properties.get("anti_affinity");
            return new DecentralizationPolicy(number(properties.get("max_stake_share")),
                    perContinent == null ? null : perContinent.intValue(), number(properties.get("max_cloud_share")),
                    Boolean.TRUE.equals(antiAffinity) || "true".equals(antiAffinity));
        }
        return DecentralizationPolicy.NONE;
    }

    /** Policies by name, whether written as TOSCA 1.3's list of single-entry maps or as a map. */
    private static Map<String, Map<?, ?>> policies(Map<?, ?> topology) {
        Map<String, Map<?, ?>> result = new LinkedHashMap<>();
        Object policies = topology.get("policies");
        List<?> entries = policies instanceof List<?> l ? l : List.of(map(policies));
        for (Object entry : entries) {
            map(entry).forEach((n, def) -> result.putIfAbsent(String.valueOf(n), map(def)));
        }
        return result;
    }

    private static List<Map<?, ?>> ofType(Map<?, ?> doc, Map<String, Map<?, ?>> policies, String type) {
        return policies.values().stream().filter(p -> isA(doc, "policy_types", p.get("type"), type)).toList();
    }

    /** Whether {@code type} is {@code base}, following {@code derived_from} in the document's {@code section}. */
    public static boolean isA(Map<?, ?> doc, String section, Object type, String base) {
        Set<Object> seen = new HashSet<>();
        Object t = type;
        while (t instanceof String name && seen.add(name)) {
            if (name.equals(base) || name.endsWith(":" + base)) {
                return true;
            }
            t = map(map(doc.get(section)).get(name)).get("derived_from");
        }
        return false;
    }

    private static Integer integer(String template, Map<?, ?> properties, String property, List<String> problems) {
        Object value = properties.get(property);
        if (value == null) {
            return null;
        }
        BigDecimal n = number(value);
        if (n == null || n.signum() <= 0) {
            problems.add("NodeGroup '" + template + "': " + property + " is not a positive number");
            return null;
        }
        return n.intValue();
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : String.valueOf(value);
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(item -> {
                if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    result.add(String.valueOf(item));
                }
            });
        }
        return result;
    }

    private static Map<?, ?> map(Object v) {
        return v instanceof Map<?, ?> m ? m : Collections.emptyMap();
    }
}
