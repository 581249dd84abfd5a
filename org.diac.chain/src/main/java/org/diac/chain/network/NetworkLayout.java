package org.diac.chain.network;

import java.nio.file.Path;

/**
 * Directory layout of one local network under {@code ${DIAC_HOME}/network}:
 *
 * <pre>
 * network/
 *   config/            crypto-config.yaml, configtx.yaml, core.yaml (peer and CLI), orderer.yaml
 *   crypto/            cryptogen output (ordererOrganizations/, peerOrganizations/)
 *   channel-artifacts/ diac.block (genesis block of the application channel)
 *   data/&lt;process&gt;/   ledgers (orderer: chains, etcdraft WAL and snapshots; peers: ledgersData, snapshots)
 *   logs/&lt;process&gt;.log  one log per process (appended across restarts)
 *   run/&lt;process&gt;.pid   pid files of the running processes
 *   chaincode/         chaincode package, connection.json and deployment record
 * </pre>
 */
public record NetworkLayout(Path root) {

    public NetworkLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path generatedConfigDir() {
        return root.resolve("config");
    }

    public Path cryptoDir() {
        return root.resolve("crypto");
    }

    public Path channelArtifactsDir() {
        return root.resolve("channel-artifacts");
    }

    public Path channelBlock() {
        return channelArtifactsDir().resolve(NetworkTopology.CHANNEL + ".block");
    }

    public Path dataDir(String process) {
        return root.resolve("data").resolve(process);
    }

    public Path logDir() {
        return root.resolve("logs");
    }

    public Path log(String process) {
        return logDir().resolve(process + ".log");
    }

    public Path runDir() {
        return root.resolve("run");
    }

    public Path chaincodeDir() {
        return root.resolve("chaincode");
    }
}
