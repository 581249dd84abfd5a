package org.diac.chain.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a document is split into the eight modules (LANGUAGE.md §4, the paper's Table II) and
 * joined again.
 *
 * <p>Each module's fragment has the document's shape but holds only that module's parts. The <em>layout</em>
 * records the document's key order: a tree that mirrors the document down to the places where modules meet; each
 * of its leaves is the id of the module holding the value there. Joining walks the layout, so export gives back
 * the same tree with the same key order.
 *
 * <table>
 * <caption>Which part goes where</caption>
 * <tr><td>core</td><td>everything at the top not listed below (version, metadata, description, imports, ...),
 * {@code topology_template.description} and {@code inputs}, Staking, Epoch, Reputation and Decentralization
 * policies</td></tr>
 * <tr><td>identity</td><td>node templates of type {@code diac.nodes.Operator} (or derived)</td></tr>
 * <tr><td>artifacts</td><td>{@code artifact_types}; the {@code artifacts} of every node template</td></tr>
 * <tr><td>topology</td><td>the other type sections; the other node templates; groups, outputs, substitution
 * mappings, workflows, relationship templates; other policies</td></tr>
 * <tr><td>templates</td><td>instance-level node templates: a {@code diac.nodes.Node} with a {@code group}
 * property (LANGUAGE.md §7)</td></tr>
 * <tr><td>mapper</td><td>nothing from a document: allocation state the mapper writes</td></tr>
 * <tr><td>security</td><td>Blacklist and Permissions policies</td></tr>
 * <tr><td>governance</td><td>the Governance policy</td></tr>
 * </table>
 */
final class DocumentSplitter {

    private static final Set<String> TOPOLOGY_TYPES = Set.of("node_types", "relationship_types", "capability_types",
            "data_types", "interface_types", "group_types", "policy_types");

    /** A document split into modules: the layout and one fragment per module (empty when it holds nothing). */
    record ModuleSplit(Object layout, Map<Module, Map<Object, Object>> fragments) {
    }

    private DocumentSplitter() {
    }

    static ModuleSplit split(Map<Object, Object> doc) {
        Map<Module, Map<Object, Object>> fragments = new EnumMap<>(Module.class);
        for (Module m : Module.values()) {
            fragments.put(m, new LinkedHashMap<>());
        }
        Map<Object, Object> layout = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : doc.entrySet()) {
            Object key = e.getKey();
            Object value = e.getValue();
            if ("topology_template".equals(key) && value instanceof Map<?, ?> topology) {
                layout.put(key, splitTopology(doc, topology, fragments));
            } else {
                Module m = key instanceof String k && TOPOLOGY_TYPES.contains(k) ? Module.TOPOLOGY
                        : "artifact_types".equals(key) ? Module.ARTIFACTS : Module.CORE;
                fragments.get(m).put(key, value);
                layout.put(key, m.id());
            }
        }
        return new ModuleSplit(layout, fragments);
    }

    private static Map<Object, Object> splitTopology(Map<?, ?> doc, Map<?, ?> topology,
            Map<Module, Map<Object, Object>> fragments) {
        Map<Object, Object> layout = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : topology.entrySet()) {
            Object key = e.getKey();
            Object value = e.getValue();
            if ("node_templates".equals(key) && value instanceof Map<?, ?> templates) {
                Map<Object, Object> sub = new LinkedHashMap<>();
                for (Map.Entry<?, ?> t : templates.entrySet()) {
                    sub.put(t.getKey(), splitTemplate(doc, t.getKey(), t.getValue(), fragments));
                }
                layout.put(key, sub);
            } else if ("policies".equals(key) && value instanceof List<?> policies) {
                List<Object> sub = new ArrayList<>();
                for (Object item : policies) {
                    Module m = item instanceof Map<?, ?> named && named.size() == 1
                            ? policyModule(doc, named.values().iterator().next()) : Module.TOPOLOGY;
                    listAt(fragments.get(m), "policies").add(item);
                    sub.add(m.id());
                }
                layout.put(key, sub);
            } else if ("policies".equals(key) && value instanceof Map<?, ?> policies) {
                Map<Object, Object> sub = new LinkedHashMap<>();
                for (Map.Entry<?, ?> p : policies.entrySet()) {
                    Module m = policyModule(doc, p.getValue());
                    mapAt(fragments.get(m), "topology_template", "policies").put(p.getKey(), p.getValue());
                    sub.put(p.getKey(), m.id());
                }
                layout.put(key, sub);
            } else {
                Module m = "inputs".equals(key) || "description".equals(key) ? Module.CORE : Module.TOPOLOGY;
                mapAt(fragments.get(m), "topology_template").put(key, value);
                layout.put(key, m.id());
            }
        }
        return layout;
    }

    private static Object splitTemplate(Map<?, ?> doc, Object name, Object template,
            Map<Module, Map<Object, Object>> fragments) {
        Module m = templateModule(doc, template);
        if (!(template instanceof Map<?, ?> t) || !t.containsKey("artifacts")) {
            mapAt(fragments.get(m), "topology_template", "node_templates").put(name, template);
            return m.id();
        }
        // a template's artifact definitions live in the artifacts module, the rest where the template lives
        Map<Object, Object> layout = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : t.entrySet()) {
            Module part = "artifacts".equals(e.getKey()) ? Module.ARTIFACTS : m;
            mapAt(fragments.get(part), "topology_template", "node_templates", name).put(e.getKey(), e.getValue());
            layout.put(e.getKey(), part.id());
        }
        return layout;
    }

    static Module templateModule(Map<?, ?> doc, Object template) {
        if (TypeNames.isNode(doc, template, TypeNames.OPERATOR)) {
            return Module.IDENTITY;
        }
        if (TypeNames.isNode(doc, template, TypeNames.NODE) && ((Map<?, ?>) template).get("properties") instanceof Map<?, ?> p
                && p.containsKey("group")) {
            return Module.TEMPLATES;
        }
        return Module.TOPOLOGY;
    }

    static Module policyModule(Map<?, ?> doc, Object definition) {
        for (String core : List.of(TypeNames.STAKING, TypeNames.EPOCH, TypeNames.REPUTATION, TypeNames.DECENTRALIZATION)) {
            if (TypeNames.isPolicy(doc, definition, core)) {
                return Module.CORE;
            }
        }
        if (TypeNames.isPolicy(doc, definition, TypeNames.BLACKLIST)
                || TypeNames.isPolicy(doc, definition, TypeNames.PERMISSIONS)) {
            return Module.SECURITY;
        }
        return TypeNames.isPolicy(doc, definition, TypeNames.GOVERNANCE) ? Module.GOVERNANCE : Module.TOPOLOGY;
    }

    /** The document again: the layout walked, each leaf taken from its module's fragment. */
    static Map<Object, Object> join(ModuleSplit split) {
        Joiner joiner = new Joiner(split.fragments());
        Object doc = joiner.join(split.layout(), new ArrayList<>());
        if (!(doc instanceof Map<?, ?>)) {
            throw ChainError.CORRUPT_STATE.exception("the stored layout is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> result = (Map<Object, Object>) doc;
        return result;
    }

    /**
     * The document without the parts of module {@code without}: the layout walked as in {@link #join}, skipping that
     * module's leaves and list items, and dropping maps that held nothing else (a module patch starts from here).
     */
    static Map<Object, Object> joinWithout(ModuleSplit split, Module without) {
        Joiner joiner = new Joiner(split.fragments(), without);
        Object doc = joiner.join(split.layout(), new ArrayList<>());
        if (doc == Joiner.SKIPPED) {
            return new LinkedHashMap<>();
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw ChainError.CORRUPT_STATE.exception("the stored layout is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> result = (Map<Object, Object>) doc;
        return result;
    }

    private static final class Joiner {
        private static final Object SKIPPED = new Object();
        private final Map<Module, Map<Object, Object>> fragments;
        private final Module without;
        private final Map<Object, Integer> cursors = new IdentityHashMap<>();

        Joiner(Map<Module, Map<Object, Object>> fragments) {
            this(fragments, null);
        }

        Joiner(Map<Module, Map<Object, Object>> fragments, Module without) {
            this.fragments = fragments;
            this.without = without;
        }

        Object join(Object layout, List<Object> path) {
            if (layout instanceof Map<?, ?> map) {
                Map<Object, Object> result = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    path.add(e.getKey());
                    Object value = join(e.getValue(), path);
                    if (value != SKIPPED) {
                        result.put(e.getKey(), value);
                    }
                    path.remove(path.size() - 1);
                }
                return result.isEmpty() && without != null && !map.isEmpty() ? SKIPPED : result;
            }
            if (layout instanceof List<?> items) {
                List<Object> result = new ArrayList<>();
                for (Object item : items) {
                    if (without != null && module(item) == without) {
                        continue;
                    }
                    Object list = valueAt(module(item), path);
                    if (!(list instanceof List<?> values)) {
                        throw corrupt(item, path);
                    }
                    int i = cursors.merge(values, 1, Integer::sum) - 1;
                    if (i >= values.size()) {
                        throw corrupt(item, path);
                    }
                    result.add(values.get(i));
                }
                return result.isEmpty() && without != null && !items.isEmpty() ? SKIPPED : result;
            }
            if (without != null && module(layout) == without) {
                return SKIPPED;
            }
            return valueAt(module(layout), path);
        }

        private Module module(Object id) {
            Module m = id instanceof String s ? Module.of(s) : null;
            if (m == null) {
                throw ChainError.CORRUPT_STATE.exception("the stored layout names no module: " + id);
            }
            return m;
        }

        private Object valueAt(Module m, List<Object> path) {
            Object node = fragments.get(m);
            for (Object step : path) {
                if (!(node instanceof Map<?, ?> map) || !map.containsKey(step)) {
                    throw corrupt(m.id(), path);
                }
                node = map.get(step);
            }
            return node;
        }

        private static RuntimeException corrupt(Object module, List<Object> path) {
            return ChainError.CORRUPT_STATE.exception("module " + module + " holds nothing at " + path);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> mapAt(Map<Object, Object> root, Object... path) {
        Map<Object, Object> node = root;
        for (Object step : path) {
            node = (Map<Object, Object>) node.computeIfAbsent(step, k -> new LinkedHashMap<>());
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listAt(Map<Object, Object> root, String key) {
        return (List<Object>) mapAt(root, "topology_template").computeIfAbsent(key, k -> new ArrayList<>());
    }
}
