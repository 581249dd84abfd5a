package org.diac.chain.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peer configuration: one shared copy of Fabric's sample {@code core.yaml} (also used by the {@code peer} CLI),
 * with the per-peer settings given as {@code CORE_*} environment variables.
 *
 * <p>The copy differs from the sample in one line: {@code vm.endpoint} is blanked. With a Docker endpoint set,
 * the peer registers a Docker health check that never passes on a machine without a Docker engine, and an
 * empty {@code CORE_VM_ENDPOINT=} does not clear it (viper ignores empty environment values).
 */
final class PeerConfig {

    private final NetworkTopology topology;

    PeerConfig(NetworkTopology topology) {
        this.topology = topology;
    }

    /** Writes {@code config/core.yaml} from the cache's sample; returns the folder (the FABRIC_CFG_PATH). */
    Path writeCoreYaml(NetworkLayout layout, FabricBinaries bins) {
        try {
            Path dir = layout.generatedConfigDir();
            Files.createDirectories(dir);
            String sample = Files.readString(bins.configDir().resolve("core.yaml"));
            Files.writeString(dir.resolve("core.yaml"), blankVmEndpoint(sample));
            return dir;
        } catch (IOException e) {
            throw new NetworkException("cannot write core.yaml: " + e.getMessage(), e);
        }
    }

    static String blankVmEndpoint(String coreYaml) {
        Matcher vm = Pattern.compile("(?m)^vm:\\s*$").matcher(coreYaml);
        if (!vm.find()) {
            throw new NetworkException("core.yaml has no top-level vm: section");
        }
        Matcher ep = Pattern.compile("(?m)^(\\s+endpoint:)[^\\n]*$").matcher(coreYaml);
        if (!ep.find(vm.end())) {
            throw new NetworkException("core.yaml has no vm.endpoint");
        }
        return coreYaml.substring(0, ep.start()) + ep.group(1) + " \"\"" + coreYaml.substring(ep.end());
    }

    static final String LOGGING_SPEC = "INFO:comm.grpc.server=WARNING:endorser=WARNING:gateway=WARNING";

    /** Environment of one peer process. */
    Map<String, String> nodeEnv(NetworkLayout layout, FabricBinaries bins, NetworkTopology.Peer p) {
        Path crypto = layout.cryptoDir();
        Path node = NetworkTopology.peerNodeDir(crypto, p);
        Path tls = node.resolve("tls");
        Path data = layout.dataDir(p.processName());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", layout.generatedConfigDir().toString());
        // INFO, without a line for every gRPC call and chaincode invocation (two to four per transaction)
        env.put("FABRIC_LOGGING_SPEC", PeerConfig.LOGGING_SPEC);
        env.put("CORE_PEER_ID", p.host());
        env.put("CORE_PEER_LOCALMSPID", p.mspId());
        env.put("CORE_PEER_MSPCONFIGPATH", node.resolve("msp").toString());
        env.put("CORE_PEER_LISTENADDRESS", p.address());
        env.put("CORE_PEER_ADDRESS", p.address());
        env.put("CORE_PEER_CHAINCODELISTENADDRESS", p.chaincodeAddress());
        env.put("CORE_PEER_CHAINCODEADDRESS", p.chaincodeAddress());
        env.put("CORE_PEER_GOSSIP_BOOTSTRAP", p.address());
        env.put("CORE_PEER_GOSSIP_EXTERNALENDPOINT", p.address());
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_TLS_CERT_FILE", tls.resolve("server.crt").toString());
        env.put("CORE_PEER_TLS_KEY_FILE", tls.resolve("server.key").toString());
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", tls.resolve("ca.crt").toString());
        env.put("CORE_PEER_FILESYSTEMPATH", data.toString());
        env.put("CORE_LEDGER_SNAPSHOTS_ROOTDIR", data.resolve("snapshots").toString());
        env.put("CORE_OPERATIONS_LISTENADDRESS", p.opsAddress());
        env.put("CORE_OPERATIONS_TLS_ENABLED", "true");
        env.put("CORE_OPERATIONS_TLS_CERT_FILE", tls.resolve("server.crt").toString());
        env.put("CORE_OPERATIONS_TLS_KEY_FILE", tls.resolve("server.key").toString());
        env.put("CORE_OPERATIONS_TLS_CLIENTAUTHREQUIRED", "false");
        // Chaincode as a service only: our external builder; no Docker.
        env.put("CORE_CHAINCODE_EXTERNALBUILDERS", "[{name: ccaas_builder, path: " + bins.ccaasBuilder()
                + ", propagateEnvironment: [CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG]}]");
        return env;
    }

    /** Environment for the {@code peer} CLI acting as the organization's admin against its peer. */
    Map<String, String> adminEnv(NetworkLayout layout, NetworkTopology.Peer p) {
        Path crypto = layout.cryptoDir();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", layout.generatedConfigDir().toString());
        env.put("FABRIC_LOGGING_SPEC", "WARNING");
        env.put("CORE_PEER_LOCALMSPID", p.mspId());
        env.put("CORE_PEER_MSPCONFIGPATH", NetworkTopology.peerAdminMsp(crypto, p).toString());
        env.put("CORE_PEER_ADDRESS", p.address());
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", NetworkTopology.peerTlsCa(crypto, p).toString());
        return env;
    }

    /** Environment for the {@code peer} CLI acting as the organization's client user {@code User1}. */
    Map<String, String> userEnv(NetworkLayout layout, NetworkTopology.Peer p) {
        Map<String, String> env = adminEnv(layout, p);
        env.put("CORE_PEER_MSPCONFIGPATH", NetworkTopology.peerOrgDir(layout.cryptoDir(), p).resolve("users")
                .resolve("User1@" + p.orgDomain()).resolve("msp").toString());
        return env;
    }

    NetworkTopology topology() {
        return topology;
    }
}
