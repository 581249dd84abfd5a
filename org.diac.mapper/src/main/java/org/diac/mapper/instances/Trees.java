package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain YAML trees as the language's export gives them: {@link LinkedHashMap} (key order as written), {@link List},
 * strings, numbers, booleans, null. Deep copies, so that an instance never shares a mutable map with its template.
 */
public final class Trees {

    private Trees() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T copy(T tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return tree;
    }

    /** {@code tree} as a map with string keys, or an empty map when it is none (a missing or empty section). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return new LinkedHashMap<>();
    }

    /** {@code tree} as a list, or an empty list when it is none. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object tree) {
        if (tree instanceof List<?> list) {
            return (List<Object>) list;
        }
        return new ArrayList<>();
    }

    /** A scalar as text (numbers and booleans as YAML writes them), or null. */
    public static String text(Object scalar) {
        return scalar == null || scalar instanceof Map || scalar instanceof List ? null : String.valueOf(scalar);
    }
}
