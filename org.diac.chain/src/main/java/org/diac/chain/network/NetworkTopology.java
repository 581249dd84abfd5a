package org.diac.chain.network;

import java.nio.file.Path;
import java.util.List;

/**
 * The fixed local topology: one orderer organization with one Raft orderer, and two peer organizations with
 * one peer each, all on 127.0.0.1. Every port can be shifted by one offset ({@code DIAC_FABRIC_PORT_OFFSET}),
 * so that a second network (for example an integration test) can run beside the developer's.
 *
 * <p>Crypto material paths follow cryptogen's layout under {@code <network>/crypto}.
 */
public final class NetworkTopology {

    public static final String CHANNEL = "diac";
    public static final String HOST = "127.0.0.1";
    static final String DOMAIN = "diac.local";

    /** The orderer and its organization. */
    public record Orderer(String name, String mspId, String orgDomain, int port, int adminPort, int opsPort) {
        public String address() {
            return HOST + ":" + port;
        }

        public String adminAddress() {
            return HOST + ":" + adminPort;
        }

        public String opsAddress() {
            return HOST + ":" + opsPort;
        }

        String host() {
            return name + "." + orgDomain;
        }
    }

    /** A peer and its organization (one peer per organization here). */
    public record Peer(String name, String orgName, String mspId, String orgDomain, int port, int chaincodePort,
            int opsPort) {
        public String address() {
            return HOST + ":" + port;
        }

        public String chaincodeAddress() {
            return HOST + ":" + chaincodePort;
        }

        public String opsAddress() {
            return HOST + ":" + opsPort;
        }

        String host() {
            return name + "." + orgDomain;
        }

        /** Process name, also the log file's base name. */
        public String processName() {
            return host().replace("." + DOMAIN, "");
        }
    }

    private final int offset;
    private final Orderer orderer;
    private final List<Peer> peers;
    private final int chaincodePort;

    public NetworkTopology(int offset) {
        this.offset = offset;
        this.orderer = new Orderer("orderer", "OrdererMSP", DOMAIN, 7050 + offset, 7053 + offset, 9443 + offset);
        this.peers = List.of(
                new Peer("peer0", "Org1", "Org1MSP", "org1." + DOMAIN, 7051 + offset, 7052 + offset, 9444 + offset),
                new Peer("peer0", "Org2", "Org2MSP", "org2." + DOMAIN, 9051 + offset, 9052 + offset, 9445 + offset));
        this.chaincodePort = 9999 + offset;
    }

    /** Port offset from {@code DIAC_FABRIC_PORT_OFFSET} (default 0). */
    public static NetworkTopology fromEnvironment() {
        String v = System.getenv("DIAC_FABRIC_PORT_OFFSET");
        if (v == null || v.isBlank()) {
            v = System.getProperty("diac.fabric.portOffset", "0");
        }
        try {
            return new NetworkTopology(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new NetworkException("DIAC_FABRIC_PORT_OFFSET must be an integer, got '" + v + "'");
        }
    }

    public int offset() {
        return offset;
    }

    public Orderer orderer() {
        return orderer;
    }

    public List<Peer> peers() {
        return peers;
    }

    /** The address the chaincode-as-a-service process listens on (both peers dial it). */
    public String chaincodeServerAddress() {
        return HOST + ":" + chaincodePort;
    }

    public int chaincodeServerPort() {
        return chaincodePort;
    }

    /** Every TCP port the network listens on, for conflict checks. */
    public List<Integer> allPorts() {
        List<Integer> ports = new java.util.ArrayList<>(List.of(orderer.port(), orderer.adminPort(), orderer.opsPort()));
        for (Peer p : peers) {
            ports.addAll(List.of(p.port(), p.chaincodePort(), p.opsPort()));
        }
        ports.add(chaincodePort);
        return ports;
    }

    // ---- cryptogen layout -------------------------------------------------------------------------------

    static Path ordererOrgDir(Path crypto, Orderer o) {
        return crypto.resolve("ordererOrganizations").resolve(o.orgDomain());
    }

    static Path ordererNodeDir(Path crypto, Orderer o) {
        return ordererOrgDir(crypto, o).resolve("orderers").resolve(o.host());
    }

    static Path ordererAdminDir(Path crypto, Orderer o) {
        return ordererOrgDir(crypto, o).resolve("users").resolve("Admin@" + o.orgDomain());
    }

    /** The orderer organization's TLS CA certificate (trust root for every orderer TLS endpoint). */
    static Path ordererTlsCa(Path crypto, Orderer o) {
        return ordererNodeDir(crypto, o).resolve("tls").resolve("ca.crt");
    }

    static Path peerOrgDir(Path crypto, Peer p) {
        return crypto.resolve("peerOrganizations").resolve(p.orgDomain());
    }

    static Path peerNodeDir(Path crypto, Peer p) {
        return peerOrgDir(crypto, p).resolve("peers").resolve(p.host());
    }

    static Path peerTlsCa(Path crypto, Peer p) {
        return peerNodeDir(crypto, p).resolve("tls").resolve("ca.crt");
    }

    static Path peerAdminMsp(Path crypto, Peer p) {
        return peerOrgDir(crypto, p).resolve("users").resolve("Admin@" + p.orgDomain()).resolve("msp");
    }
}
