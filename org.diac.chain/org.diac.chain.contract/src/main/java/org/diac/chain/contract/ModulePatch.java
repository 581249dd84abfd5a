package org.diac.chain.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.chain.contract.DocumentSplitter.ModuleSplit;

/**
 * A proposal that replaces one module of the latest version: the document without that module's parts, with the
 * patch (a fragment in the document's shape, as {@code <module>:read} returns it) merged in: maps key by key,
 * lists by appending. The result is proposed like a whole document; a patch whose parts the split puts into
 * another module is refused, so a patch never changes more than its module.
 */
final class ModulePatch {

    private ModulePatch() {
    }

    static Map<Object, Object> apply(ModuleSplit base, Module module, Map<Object, Object> patch) {
        Map<Object, Object> doc = DocumentSplitter.joinWithout(base, module);
        merge(doc, patch, new ArrayList<>());
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<Object, Object> into, Map<?, ?> patch, List<Object> path) {
        for (Map.Entry<?, ?> e : patch.entrySet()) {
            Object existing = into.get(e.getKey());
            Object value = e.getValue();
            path.add(e.getKey());
            if (existing instanceof Map<?, ?> m && value instanceof Map<?, ?> v) {
                merge((Map<Object, Object>) m, v, path);
            } else if (existing instanceof List<?> l && value instanceof List<?> v) {
                ((List<Object>) l).addAll(v);
            } else if (existing != null) {
                throw ChainError.INVALID_ARGUMENT.exception("the patch sets " + path + ", which another module holds");
            } else {
                into.put(e.getKey(), value instanceof Map<?, ?> v ? new LinkedHashMap<>(v) : value);
            }
            path.remove(path.size() - 1);
        }
    }

    /** Refuses unless applying the patch changed {@code module} only. */
    static void checkOnly(Module module, List<Module> changed) {
        List<Module> others = changed.stream().filter(m -> m != module).toList();
        if (!others.isEmpty()) {
            throw ChainError.INVALID_ARGUMENT.exception("a patch of the " + module.id() + " module changes "
                    + others.stream().map(Module::id).toList() + " too: parts of the patch belong to other modules");
        }
    }
}
