package org.diac.chain.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DiaC policies of a (resolved) document and the operators they govern. */
final class Policies {

    private final Map<?, ?> doc;

    Policies(Map<?, ?> resolvedDoc) {
        this.doc = resolvedDoc;
    }

    /** Policies by name, whether written as TOSCA 1.3's list of single-entry maps or as a map. */
    static Map<Object, Object> named(Map<?, ?> doc) {
        Object policies = Resolver.map(doc.get("topology_template")).get("policies");
        Map<Object, Object> result = new LinkedHashMap<>();
        if (policies instanceof Map<?, ?> m) {
            m.forEach(result::putIfAbsent);
        } else if (policies instanceof List<?> l) {
            for (Object item : l) {
                if (item instanceof Map<?, ?> m) {
                    m.forEach(result::putIfAbsent);
                }
            }
        }
        return result;
    }

    /** The properties of the first policy of type {@code type}, empty when there is none. */
    Map<?, ?> properties(String type) {
        for (Object def : named(doc).values()) {
            if (TypeNames.isPolicy(doc, def, type)) {
                return Resolver.map(((Map<?, ?>) def).get("properties"));
            }
        }
        return Map.of();
    }

    boolean has(String type) {
        return named(doc).values().stream().anyMatch(def -> TypeNames.isPolicy(doc, def, type));
    }

    /** Operator templates by name (identity module). */
    Map<String, Map<?, ?>> operators() {
        Map<String, Map<?, ?>> result = new LinkedHashMap<>();
        Resolver.map(Resolver.map(doc.get("topology_template")).get("node_templates")).forEach((name, t) -> {
            if (DocumentSplitter.templateModule(doc, t) == Module.IDENTITY) {
                result.put(String.valueOf(name), Resolver.map(((Map<?, ?>) t).get("properties")));
            }
        });
        return result;
    }

    Map<?, ?> templates() {
        return Resolver.map(Resolver.map(doc.get("topology_template")).get("node_templates"));
    }

    Map<?, ?> document() {
        return doc;
    }

    /** A numeric policy property, or null when absent. */
    BigDecimal number(String type, String property) {
        Object v = properties(type).get(property);
        if (v == null) {
            return null;
        }
        BigDecimal n = Documents.number(v);
        if (n == null) {
            throw ChainError.MALFORMED_DOCUMENT.exception(type + " policy: " + property + " is "
                    + Documents.kind(v) + ", not a number");
        }
        return n;
    }

    /** The stake of an operator (0 when it has none); a stake that is no number is refused. */
    static BigDecimal stake(String operator, Map<?, ?> properties) {
        Object v = properties.get("stake");
        if (v == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal n = Documents.number(v);
        if (n == null) {
            throw ChainError.MALFORMED_DOCUMENT.exception("operator '" + operator + "': stake is " + Documents.kind(v)
                    + ", not a number");
        }
        return n;
    }

    /** The scalars of a list property (names, fingerprints), as strings. */
    List<String> strings(String type, String property) {
        List<String> result = new ArrayList<>();
        if (properties(type).get(property) instanceof List<?> l) {
            for (Object item : l) {
                if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    result.add(String.valueOf(item));
                }
            }
        }
        return result;
    }
}
