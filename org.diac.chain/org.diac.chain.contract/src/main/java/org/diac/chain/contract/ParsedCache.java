package org.diac.chain.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used map of values parsed from ledger content, keyed by a digest of that content, shared by
 * the chaincode's invocation threads. A value is computed again after eviction, never served for other content.
 */
final class ParsedCache<V> {

    private final Map<String, V> entries;

    ParsedCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code digest}, parsed by {@code parse} outside the lock when it is not kept. */
    V get(String digest, Supplier<V> parse) {
        synchronized (entries) {
            V kept = entries.get(digest);
            if (kept != null) {
                return kept;
            }
        }
        V parsed = parse.get();
        synchronized (entries) {
            entries.put(digest, parsed);
        }
        return parsed;
    }
}
