package org.diac.mapper.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One operation of an interface, after the type chain and the template are merged (TOSCA 1.3 §3.6.17): its
 * implementation artifact (the {@code primary}; null when none is given anywhere) and its input assignments
 * (interface-level inputs first, the operation's own over them; values as written, functions unresolved).
 */
public record Operation(String implementation, Map<String, Object> inputs) {

    public Operation {
        inputs = inputs == null ? new LinkedHashMap<>() : new LinkedHashMap<>(inputs);
    }

    /** {@code layer} over this: its implementation when it has one, its inputs over these. */
    Operation refine(Operation layer) {
        Map<String, Object> merged = new LinkedHashMap<>(inputs);
        merged.putAll(layer.inputs);
        return new Operation(layer.implementation != null ? layer.implementation : implementation, merged);
    }
}
