package org.diac.chain.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orderer configuration: Fabric's sample {@code orderer.yaml} copied unchanged, every local setting given as an
 * {@code ORDERER_*} environment variable. No bootstrap (system channel) block: channel participation is on and
 * the channel is joined through the admin endpoint, which uses mutual TLS.
 */
final class OrdererConfig {

    private final NetworkTopology topology;

    OrdererConfig(NetworkTopology topology) {
        this.topology = topology;
    }

    /** The orderer reads {@code orderer.yaml} from FABRIC_CFG_PATH, the same folder as core.yaml. */
    Path writeOrdererYaml(NetworkLayout layout, FabricBinaries bins) {
        try {
            Path dir = layout.generatedConfigDir();
            Files.createDirectories(dir);
            Files.copy(bins.configDir().resolve("orderer.yaml"), dir.resolve("orderer.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return dir;
        } catch (IOException e) {
            throw new NetworkException("cannot write orderer.yaml: " + e.getMessage(), e);
        }
    }

    Map<String, String> nodeEnv(NetworkLayout layout) {
        NetworkTopology.Orderer o = topology.orderer();
        Path crypto = layout.cryptoDir();
        Path node = NetworkTopology.ordererNodeDir(crypto, o);
        Path tls = node.resolve("tls");
        Path data = layout.dataDir(processName());
        String cert = tls.resolve("server.crt").toString();
        String key = tls.resolve("server.key").toString();
        String ca = tls.resolve("ca.crt").toString();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", layout.generatedConfigDir().toString());
        env.put("FABRIC_LOGGING_SPEC", "INFO:comm.grpc.server=WARNING"); // no line per broadcast call
        env.put("ORDERER_GENERAL_LISTENADDRESS", NetworkTopology.HOST);
        env.put("ORDERER_GENERAL_LISTENPORT", Integer.toString(o.port()));
        env.put("ORDERER_GENERAL_LOCALMSPID", o.mspId());
        env.put("ORDERER_GENERAL_LOCALMSPDIR", node.resolve("msp").toString());
        env.put("ORDERER_GENERAL_TLS_ENABLED", "true");
        env.put("ORDERER_GENERAL_TLS_CERTIFICATE", cert);
        env.put("ORDERER_GENERAL_TLS_PRIVATEKEY", key);
        env.put("ORDERER_GENERAL_TLS_ROOTCAS", "[" + ca + "]");
        env.put("ORDERER_GENERAL_BOOTSTRAPMETHOD", "none");
        env.put("ORDERER_CHANNELPARTICIPATION_ENABLED", "true");
        env.put("ORDERER_FILELEDGER_LOCATION", data.resolve("chains").toString());
        env.put("ORDERER_CONSENSUS_WALDIR", data.resolve("etcdraft").resolve("wal").toString());
        env.put("ORDERER_CONSENSUS_SNAPDIR", data.resolve("etcdraft").resolve("snapshot").toString());
        env.put("ORDERER_ADMIN_LISTENADDRESS", o.adminAddress());
        env.put("ORDERER_ADMIN_TLS_ENABLED", "true");
        env.put("ORDERER_ADMIN_TLS_CERTIFICATE", cert);
        env.put("ORDERER_ADMIN_TLS_PRIVATEKEY", key);
        env.put("ORDERER_ADMIN_TLS_ROOTCAS", "[" + ca + "]");
        env.put("ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED", "true");
        env.put("ORDERER_ADMIN_TLS_CLIENTROOTCAS", "[" + ca + "]");
        env.put("ORDERER_OPERATIONS_LISTENADDRESS", o.opsAddress());
        env.put("ORDERER_OPERATIONS_TLS_ENABLED", "true");
        env.put("ORDERER_OPERATIONS_TLS_CERTIFICATE", cert);
        env.put("ORDERER_OPERATIONS_TLS_PRIVATEKEY", key);
        env.put("ORDERER_OPERATIONS_TLS_CLIENTAUTHREQUIRED", "false");
        // /metrics tells whether channel diac has a Raft leader (consensus_etcdraft_leader_id); see awaitReady.
        // Fabric serves it only to a client certificate of these CAs (the orderer admin's TLS certificate).
        env.put("ORDERER_METRICS_PROVIDER", "prometheus");
        env.put("ORDERER_OPERATIONS_TLS_CLIENTROOTCAS", "[" + ca + "]");
        return env;
    }

    /** Arguments for {@code osnadmin} to reach the admin endpoint with the orderer admin's TLS client certificate. */
    List<String> osnadminTlsArgs(NetworkLayout layout) {
        NetworkTopology.Orderer o = topology.orderer();
        Path crypto = layout.cryptoDir();
        Path adminTls = NetworkTopology.ordererAdminDir(crypto, o).resolve("tls");
        return List.of("-o", o.adminAddress(),
                "--ca-file", NetworkTopology.ordererTlsCa(crypto, o).toString(),
                "--client-cert", adminTls.resolve("client.crt").toString(),
                "--client-key", adminTls.resolve("client.key").toString());
    }

    /** Reads the orderer's {@code /metrics} (mutual TLS with the orderer admin's TLS client certificate). */
    HealthCheck metricsClient(NetworkLayout layout) {
        Path crypto = layout.cryptoDir();
        Path adminTls = NetworkTopology.ordererAdminDir(crypto, topology.orderer()).resolve("tls");
        return new HealthCheck(NetworkTopology.ordererTlsCa(crypto, topology.orderer()),
                adminTls.resolve("client.crt"), adminTls.resolve("client.key"));
    }

    String processName() {
        return topology.orderer().name();
    }
}
