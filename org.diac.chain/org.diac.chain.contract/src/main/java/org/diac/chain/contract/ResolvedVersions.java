package org.diac.chain.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Stored versions rebuilt from their modules and resolved ({@code get_input}, module references), parsed once per
 * content by this chaincode process. Every status report, epoch proposal and proposal vote reads the adopted version
 * and used to parse its eight modules and resolve them again (about 80 ms of a mapper endorsement at 5,000 workers).
 * The modules are still read from the ledger on every call, so the transaction's read set is the same as without the
 * cache, and the key is the digest of what was read: a hit is exactly the document the same bytes would give, on
 * every peer, after a restart or in a test ledger that reuses names and versions. Values are read-only throughout.
 */
final class ResolvedVersions {

    /** Versions kept: the adopted one of each name a busy peer serves, and the previous ones a vote still reads. */
    private static final int CAPACITY = 32;

    private static final ParsedCache<Map<Object, Object>> CACHE = new ParsedCache<>(CAPACITY);

    private ResolvedVersions() {
    }

    /** The latest version of {@code name}, resolved (NOT_FOUND when there is none). */
    static Map<Object, Object> latest(ChaincodeStub stub, String name) {
        return of(stub, Ledger.version(stub, name, 0));
    }

    /** Version {@code v}, resolved. */
    static Map<Object, Object> of(ChaincodeStub stub, DocumentVersion v) {
        Map<Module, ModuleState> stored = Ledger.modules(stub, v);
        return CACHE.get(digest(v, stored),
                () -> readOnlyMap(Resolver.resolve(DocumentSplitter.join(Ledger.split(v, stored)))));
    }

    private static String digest(DocumentVersion v, Map<Module, ModuleState> stored) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, v.getLayout());
            stored.forEach((module, state) -> { // an EnumMap: always in the modules' order
                update(sha, module.id());
                update(sha, state.getContent());
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Each part with its length first, so that no two sequences of parts give the same bytes. */
    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(5).putInt(bytes.length).put(part == null ? (byte) 0 : (byte) 1).array());
        sha.update(bytes);
    }

    private static Map<Object, Object> readOnlyMap(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, value) -> copy.put(k, readOnly(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object readOnly(Object value) {
        if (value instanceof Map<?, ?> m) {
            return readOnlyMap(m);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(readOnly(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
