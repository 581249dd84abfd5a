package org.diac.chain.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.diac.chain.contract.DocumentSplitter.ModuleSplit;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The state layout. Every key is a composite key of object type {@value #TYPE}:
 * <ul>
 * <li>{@code diac~module~<name>~<version>~<module>} → {@link ModuleState} (the eight modules of each version);</li>
 * <li>{@code diac~version~<name>~<version>} → {@link DocumentVersion} (who, when, layout);</li>
 * <li>{@code diac~latest~<name>} → the latest {@link DocumentVersion} (the version index's head);</li>
 * <li>{@code diac~import~<name>~<version>~<path>} → {@link ImportedFile} (the local files a version imports);</li>
 * <li>{@code diac~history~<name>~<timestamp>~<txid>} → {@link HistoryEntry};</li>
 * <li>{@code diac~proposal~<id>} → {@link Proposal} (the id is the proposing transaction's id);</li>
 * <li>{@code diac~vote~<id>~<operator>} → {@link Vote} (votes and approvals, one per operator).</li>
 * </ul>
 * Versions are written {@code %010d} and timestamps as nanoseconds {@code %020d}, so range scans are in order.
 */
final class Ledger {

    static final String TYPE = "diac";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Ledger() {
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ChainError.INVALID_ARGUMENT.exception("document name must match " + NAME.pattern() + ", got '"
                    + (name == null ? "" : Documents.abbreviate(name)) + "'");
        }
    }

    static String key(ChaincodeStub stub, String... attributes) {
        return stub.createCompositeKey(TYPE, attributes).toString();
    }

    static String v(long version) {
        return String.format("%010d", version);
    }

    static String moduleKey(ChaincodeStub stub, String name, long version, Module m) {
        return key(stub, "module", name, v(version), m.id());
    }

    static String versionKey(ChaincodeStub stub, String name, long version) {
        return key(stub, "version", name, v(version));
    }

    static String latestKey(ChaincodeStub stub, String name) {
        return key(stub, "latest", name);
    }

    static String historyKey(ChaincodeStub stub, String name, Instant at, String txId) {
        long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        return key(stub, "history", name, String.format("%020d", nanos), txId);
    }

    static String proposalKey(ChaincodeStub stub, String id) {
        return key(stub, "proposal", id);
    }

    static String voteKey(ChaincodeStub stub, String id, String operator) {
        return key(stub, "vote", id, operator);
    }

    static <T> T get(ChaincodeStub stub, String key, Class<T> type) {
        byte[] bytes = stub.getState(key);
        return bytes == null || bytes.length == 0 ? null : Records.fromBytes(bytes, type, key);
    }

    static void put(ChaincodeStub stub, String key, Object record) {
        stub.putState(key, Records.toBytes(record));
    }

    /** The latest version of {@code name}, or null when it was never published. */
    static DocumentVersion latest(ChaincodeStub stub, String name) {
        return get(stub, latestKey(stub, name), DocumentVersion.class);
    }

    /** Version {@code version} (0: the latest); refused with NOT_FOUND when there is none. */
    static DocumentVersion version(ChaincodeStub stub, String name, long version) {
        checkName(name);
        if (version < 0) {
            throw ChainError.INVALID_ARGUMENT.exception("version must be 1 or more (0 for the latest), got " + version);
        }
        DocumentVersion latest = latest(stub, name);
        if (latest == null) {
            throw ChainError.NOT_FOUND.exception("unknown document '" + name + "'");
        }
        if (version == 0 || version == latest.getVersion()) {
            return latest;
        }
        DocumentVersion v = get(stub, versionKey(stub, name, version), DocumentVersion.class);
        if (v == null) {
            throw ChainError.NOT_FOUND.exception("document '" + name + "' has no version " + version + " (latest is "
                    + latest.getVersion() + ")");
        }
        return v;
    }

    /** All eight modules of a version, in one range read; refused as CORRUPT_STATE when one is missing. */
    static Map<Module, ModuleState> modules(ChaincodeStub stub, DocumentVersion v) {
        Map<Module, ModuleState> stored = new EnumMap<>(Module.class);
        for (ModuleState state : list(stub, ModuleState.class, s -> true, "module", v.getName(), v(v.getVersion()))) {
            Module m = Module.of(state.getModule());
            if (m != null) {
                stored.put(m, state);
            }
        }
        for (Module m : Module.values()) {
            if (!stored.containsKey(m)) {
                throw ChainError.CORRUPT_STATE.exception("document '" + v.getName() + "' version " + v.getVersion()
                        + " has no module " + m.id());
            }
        }
        return stored;
    }

    static ModuleState module(ChaincodeStub stub, DocumentVersion v, Module m) {
        ModuleState state = get(stub, moduleKey(stub, v.getName(), v.getVersion(), m), ModuleState.class);
        if (state == null) {
            throw ChainError.CORRUPT_STATE.exception("document '" + v.getName() + "' version " + v.getVersion()
                    + " has no module " + m.id());
        }
        return state;
    }

    /**
     * The stored modules and layout of a version. One range read for the eight modules: each read is a round trip
     * between chaincode and peer, so eight single reads made an export several times slower.
     */
    static ModuleSplit split(ChaincodeStub stub, DocumentVersion v) {
        return split(v, modules(stub, v));
    }

    /** The split of a version whose modules were already read. */
    static ModuleSplit split(DocumentVersion v, Map<Module, ModuleState> stored) {
        Map<Module, Map<Object, Object>> fragments = new EnumMap<>(Module.class);
        stored.forEach((m, state) -> fragments.put(m, Documents.read(state.getContent())));
        Object layout = Documents.read(v.getLayout());
        return new ModuleSplit(layout, fragments);
    }

    static Map<Object, Object> document(ChaincodeStub stub, DocumentVersion v) {
        return DocumentSplitter.join(split(stub, v));
    }

    /** Values of all keys under {@code diac~<prefix...>}, in key order, that pass {@code filter}. */
    static <T> List<T> list(ChaincodeStub stub, Class<T> type, Predicate<T> filter, String... prefix) {
        List<T> result = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> it = stub.getStateByPartialCompositeKey(stub.createCompositeKey(TYPE, prefix))) {
            for (KeyValue kv : it) {
                T record = Records.fromBytes(kv.getValue(), type, kv.getKey());
                if (filter.test(record)) {
                    result.add(record);
                }
            }
        } catch (ChaincodeException e) {
            throw e;
        } catch (Exception e) {
            throw ChainError.CORRUPT_STATE.exception("cannot list " + String.join("~", prefix) + ": " + e.getMessage());
        }
        return result;
    }

    static String yaml(Map<Object, Object> fragment) {
        return fragment.isEmpty() ? "{}\n" : Documents.toYaml(fragment);
    }

    static Map<Module, String> contents(ModuleSplit split) {
        Map<Module, String> result = new LinkedHashMap<>();
        split.fragments().forEach((m, f) -> result.put(m, yaml(f)));
        return result;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
