package org.diac.chain.contract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONException;
import org.json.JSONStringer;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a document (YAML 1.2 core schema; JSON is YAML) into an ordered tree of maps, lists and scalars, and
 * writes such a tree as YAML or JSON. Hostile input is bounded: size, aliases (no alias bombs), nesting depth
 * (no recursive structures), one document per text.
 */
final class Documents {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 200_000;
    private static final int MAX_ALIASES = 100;

    private Documents() {
    }

    /** The top-level mapping of {@code text}, keys in document order. */
    static Map<Object, Object> read(String text) {
        if (text == null || text.isBlank()) {
            throw ChainError.INVALID_ARGUMENT.exception("document content must not be empty");
        }
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            throw ChainError.INVALID_ARGUMENT.exception("document content is " + size + " bytes; the limit is "
                    + MAX_BYTES);
        }
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false).setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_BYTES)
                .setDefaultMap(LinkedHashMap::new).setLabel("document").build();
        Object tree;
        try {
            Iterator<Object> docs = new Load(settings).loadAllFromString(text).iterator();
            tree = docs.hasNext() ? docs.next() : null;
            if (docs.hasNext()) {
                throw ChainError.MALFORMED_DOCUMENT.exception("the text holds more than one YAML document");
            }
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                    .orElse("");
            throw ChainError.MALFORMED_DOCUMENT.exception("not valid YAML" + where + ": " + oneLine(e.getProblem()));
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
            throw ChainError.MALFORMED_DOCUMENT.exception("not valid YAML: " + oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw ChainError.MALFORMED_DOCUMENT.exception("nesting too deep");
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw ChainError.MALFORMED_DOCUMENT.exception("the document must be a mapping at the top, got "
                    + (tree == null ? "nothing" : kind(tree)));
        }
        checkDepth(map, 0, new IdentityHashMap<>(), new int[] {0});
        @SuppressWarnings("unchecked")
        Map<Object, Object> result = (Map<Object, Object>) map;
        return result;
    }

    /** Block-style YAML; shared subtrees (aliases) are written out in full. */
    static String toYaml(Object tree) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setWidth(Integer.MAX_VALUE).setSplitLines(false).setDereferenceAliases(true).setSchema(new CoreSchema())
                .build();
        return new Dump(settings).dumpToString(tree);
    }

    /** JSON, keys in order; non-string keys are written as their YAML text. */
    static String toJson(Object tree) {
        JSONStringer out = new JSONStringer();
        try {
            writeJson(out, tree);
        } catch (JSONException e) {
            throw ChainError.INVALID_ARGUMENT.exception("the document cannot be written as JSON: " + e.getMessage());
        }
        return out.toString();
    }

    private static void writeJson(JSONStringer out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.object();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.key(String.valueOf(e.getKey()));
                writeJson(out, e.getValue());
            }
            out.endObject();
        } else if (value instanceof List<?> list) {
            out.array();
            for (Object item : list) {
                writeJson(out, item);
            }
            out.endArray();
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new JSONException("JSON has no number " + d);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof String || value == null) {
            out.value(value);
        } else if (value instanceof byte[] bytes) {
            out.value(java.util.Base64.getEncoder().encodeToString(bytes));
        } else {
            out.value(String.valueOf(value));
        }
    }

    /** Number of a scalar: integers, floats and their string forms; null when it is none. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
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

    static String kind(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "the scalar '" + abbreviate(String.valueOf(value)) + "'";
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String oneLine(String s) {
        return s == null ? "" : abbreviate(s.replaceAll("\\s+", " ").trim());
    }

    /** Walks the tree as export will (aliases expanded): bounded depth, no cycles, bounded size (alias bombs). */
    private static void checkDepth(Object value, int depth, IdentityHashMap<Object, Boolean> path, int[] nodes) {
        if (++nodes[0] > MAX_NODES) {
            throw ChainError.MALFORMED_DOCUMENT.exception("more than " + MAX_NODES
                    + " values once aliases are expanded");
        }
        if (!(value instanceof Map || value instanceof List)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            throw ChainError.MALFORMED_DOCUMENT.exception("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (path.put(value, Boolean.TRUE) != null) {
            throw ChainError.MALFORMED_DOCUMENT.exception("a recursive alias (a collection that contains itself)");
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                checkDepth(e.getKey(), depth + 1, path, nodes);
                checkDepth(e.getValue(), depth + 1, path, nodes);
            }
        } else {
            for (Object item : (List<?>) value) {
                checkDepth(item, depth + 1, path, nodes);
            }
        }
        path.remove(value);
    }
}
