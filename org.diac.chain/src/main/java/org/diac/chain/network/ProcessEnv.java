package org.diac.chain.network;

import java.util.List;
import java.util.Map;

/**
 * Child processes start from a clean environment: only PATH, HOME, locale and TMPDIR are kept, so that no
 * CORE_*, ORDERER_* or FABRIC_* variable of the caller leaks into a node (or CORE_PEER_TLS_ENABLED into the
 * chaincode server).
 */
final class ProcessEnv {

    private static final List<String> KEPT = List.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "JAVA_HOME", "USER");

    private ProcessEnv() {
    }

    static void reset(Map<String, String> env) {
        env.keySet().retainAll(KEPT);
    }
}
