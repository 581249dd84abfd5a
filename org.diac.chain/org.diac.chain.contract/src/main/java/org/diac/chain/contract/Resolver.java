package org.diac.chain.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Effective values (LANGUAGE.md §5): a copy of a document in which every {@code "{{module.path}}"} reference and
 * every {@code get_input} is replaced by what it names, which is what orchestrators consume. What names nothing
 * stays as written; references that loop stop after {@value #MAX_HOPS} hops and stay as written.
 *
 * <p>Paths follow the language's {@code ModulePaths}: {@code core.<input>}, {@code core|security|governance.<policy
 * property>}, {@code identity.operators} (the operators' names), {@code identity.<operator>[.<property>...]},
 * {@code artifacts.<artifact>} (its {@code file}), {@code topology.<template or type>} (its name).
 */
final class Resolver {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([a-z]+)\\.([^{}\\s]+)\\s*\\}\\}");
    private static final int MAX_HOPS = 16;

    private final Map<String, Object> paths = new LinkedHashMap<>();
    private final Map<?, ?> inputs;

    private Resolver(Map<?, ?> doc) {
        Map<?, ?> topology = map(doc.get("topology_template"));
        inputs = map(topology.get("inputs"));
        inputs.forEach((name, def) -> {
            Map<?, ?> d = map(def);
            paths.putIfAbsent("core." + name, d.containsKey("value") ? d.get("value") : d.get("default"));
        });
        List<Object> operators = new ArrayList<>();
        map(doc.get("node_types")).forEach((name, type) -> {
            paths.putIfAbsent("topology." + name, name);
            map(map(type).get("artifacts")).forEach((a, def) -> paths.putIfAbsent("artifacts." + a, artifact(def)));
        });
        map(topology.get("node_templates")).forEach((name, template) -> {
            if (DocumentSplitter.templateModule(doc, template) == Module.IDENTITY) {
                operators.add(name);
                paths.putIfAbsent("identity." + name, name);
                map(map(template).get("properties")).forEach((p, v) -> paths.putIfAbsent("identity." + name + "." + p, v));
            } else {
                paths.putIfAbsent("topology." + name, name);
            }
            map(map(template).get("artifacts")).forEach((a, def) -> paths.putIfAbsent("artifacts." + a, artifact(def)));
        });
        paths.putIfAbsent("identity.operators", operators);
        Policies.named(doc).forEach((name, def) -> {
            Module m = DocumentSplitter.policyModule(doc, def);
            if (m != Module.TOPOLOGY) {
                paths.putIfAbsent(m.id() + "." + name, name);
                map(map(def).get("properties")).forEach((p, v) -> paths.putIfAbsent(m.id() + "." + p, v));
            }
        });
    }

    /** A resolved copy of {@code doc}. */
    static Map<Object, Object> resolve(Map<Object, Object> doc) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> result = (Map<Object, Object>) new Resolver(doc).value(doc, 0);
        return result;
    }

    private Object value(Object v, int hops) {
        if (hops > MAX_HOPS) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("get_input")) {
                Object target = input(m.get("get_input"));
                return target == NOTHING ? copy(m, hops) : value(target, hops + 1);
            }
            return copy(m, hops);
        }
        if (v instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            for (Object item : list) {
                result.add(value(item, hops));
            }
            return result;
        }
        if (v instanceof String s) {
            Matcher r = REFERENCE.matcher(s.trim());
            if (r.matches()) {
                Object target = lookup(r.group(1) + "." + r.group(2));
                return target == NOTHING ? s : value(target, hops + 1);
            }
        }
        return v;
    }

    private Map<Object, Object> copy(Map<?, ?> m, int hops) {
        Map<Object, Object> result = new LinkedHashMap<>();
        m.forEach((k, x) -> result.put(k, value(x, hops)));
        return result;
    }

    private static final Object NOTHING = new Object();

    /** {@code get_input: name} or {@code get_input: [name, key-or-index...]} (TOSCA 1.3 §4.4.1). */
    private Object input(Object argument) {
        List<?> args = argument instanceof List<?> l ? l : List.of(argument == null ? "" : argument);
        if (args.isEmpty() || !inputs.containsKey(args.get(0))) {
            return NOTHING;
        }
        Object v = paths.get("core." + args.get(0));
        return v == null ? NOTHING : descend(v, args.subList(1, args.size()));
    }

    private Object lookup(String path) {
        if (paths.containsKey(path)) {
            return paths.get(path);
        }
        String[] steps = path.split("\\.");
        for (int n = steps.length - 1; n >= 2; n--) {
            String prefix = String.join(".", java.util.Arrays.copyOf(steps, n));
            if (paths.containsKey(prefix)) {
                return descend(paths.get(prefix), List.of(steps).subList(n, steps.length));
            }
        }
        return NOTHING;
    }

    private static Object descend(Object v, List<?> steps) {
        Object node = v;
        for (Object step : steps) {
            if (node instanceof Map<?, ?> m && m.containsKey(step)) {
                node = m.get(step);
            } else if (node instanceof List<?> l && Documents.number(step) != null
                    && Documents.number(step).intValue() >= 0 && Documents.number(step).intValue() < l.size()) {
                node = l.get(Documents.number(step).intValue());
            } else {
                return NOTHING;
            }
        }
        return node;
    }

    private static Object artifact(Object definition) {
        return definition instanceof Map<?, ?> d && d.containsKey("file") ? d.get("file") : definition;
    }

    static Map<?, ?> map(Object v) {
        return v instanceof Map<?, ?> m ? m : java.util.Collections.emptyMap(); // tolerates null keys, unlike Map.of()
    }
}
