package org.diac.chain.network;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits and evaluates transactions of the profile's chaincode through Fabric's {@code peer} CLI, using only a
 * {@link ConnectionProfile} and a Fabric installation, so the same calls work against the local network and a
 * multi-host one. A submit is endorsed by every peer in the profile (one per organization: MAJORITY) and waits
 * for its commit.
 */
final class PeerCli {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final com.google.gson.Gson JSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private final FabricBinaries fabric;
    private final ConnectionProfile profile;
    private final Path workDir;

    PeerCli(FabricBinaries fabric, ConnectionProfile profile, Path workDir) {
        this.fabric = fabric;
        this.profile = profile;
        this.workDir = workDir;
    }

    /** {@code peer chaincode invoke --waitForEvent}; returns the CLI output (payload and commit status). */
    String invoke(String identity, String function, String... args) {
        List<String> cmd = new ArrayList<>(List.of(fabric.bin("peer").toString(), "chaincode", "invoke",
                "-o", profile.orderer().address(), "--tls", "--cafile", profile.orderer().tlsCaCert(),
                "-C", profile.channel(), "-n", profile.chaincode(), "--waitForEvent", "-c", ctorArgs(function, args)));
        for (ConnectionProfile.Endpoint p : profile.peers()) {
            cmd.addAll(List.of("--peerAddresses", p.address(), "--tlsRootCertFiles", p.tlsCaCert()));
        }
        return ToolRunner.check(cmd, env(identity), workDir, TIMEOUT);
    }

    /** {@code peer chaincode query} on the identity's own organization's peer; returns the payload. */
    String query(String identity, String function, String... args) {
        return ToolRunner.check(List.of(fabric.bin("peer").toString(), "chaincode", "query", "-C", profile.channel(),
                "-n", profile.chaincode(), "-c", ctorArgs(function, args)), env(identity), workDir, TIMEOUT).strip();
    }

    Map<String, String> env(String identityName) {
        ConnectionProfile.Identity id = profile.identity(identityName).orElseThrow(() -> new NetworkException(
                "no identity '" + identityName + "' in the connection profile"));
        ConnectionProfile.Endpoint peer = profile.peer(id.mspId()).orElseThrow(() -> new NetworkException(
                "no peer of " + id.mspId() + " in the connection profile"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", fabric.configDir().toString());
        env.put("FABRIC_LOGGING_SPEC", "INFO"); // the CLI reports the result and the commit status at INFO
        env.put("CORE_PEER_LOCALMSPID", id.mspId());
        env.put("CORE_PEER_MSPCONFIGPATH", id.mspDir());
        env.put("CORE_PEER_ADDRESS", peer.address());
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", peer.tlsCaCert());
        return env;
    }

    static String ctorArgs(String function, String... args) {
        StringBuilder b = new StringBuilder("{\"Args\":[").append(jsonString(function));
        for (String a : args) {
            b.append(',').append(jsonString(a));
        }
        return b.append("]}").toString();
    }

    static String jsonString(String s) {
        return JSON.toJson(s);
    }
}
