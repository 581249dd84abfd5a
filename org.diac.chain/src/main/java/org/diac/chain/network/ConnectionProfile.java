package org.diac.chain.network;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a client reaches a Fabric network: endpoints with their TLS CA certificates, and the identities (MSP ID,
 * certificate, private key) it may act as. {@code network up} writes one for the local network to
 * {@code network/connection-profile.json}; a real multi-host network is reached by writing the same file by hand,
 * so every later command takes one path. Paths in the file are absolute.
 */
public record ConnectionProfile(String name, String channel, String chaincode, Endpoint orderer, List<Endpoint> peers,
        List<Identity> identities) {

    public static final String FILE_NAME = "connection-profile.json";

    /** A gRPC endpoint ({@code host:port}) and the PEM file of the TLS CA that signed its certificate. */
    public record Endpoint(String mspId, String address, String tlsCaCert) {
    }

    /**
     * Someone who signs: {@code certificate} and {@code privateKey} are PEM files (what fabric-gateway needs);
     * {@code mspDir} is the same identity as an MSP folder (what the {@code peer} CLI needs).
     */
    public record Identity(String name, String mspId, String certificate, String privateKey, String mspDir) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public Optional<Identity> identity(String identityName) {
        return identities.stream().filter(i -> i.name().equals(identityName)).findFirst();
    }

    public Optional<Endpoint> peer(String mspId) {
        return peers.stream().filter(p -> p.mspId().equals(mspId)).findFirst();
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static ConnectionProfile fromJson(String json) {
        try {
            ConnectionProfile p = GSON.fromJson(json, ConnectionProfile.class);
            if (p == null || p.orderer() == null || p.peers() == null || p.peers().isEmpty()
                    || p.identities() == null || p.channel() == null || p.chaincode() == null) {
                throw new NetworkException("connection profile lacks channel, chaincode, orderer, peers or identities");
            }
            return p;
        } catch (JsonParseException e) {
            throw new NetworkException("connection profile is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Writes atomically (temporary file, then move). */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, toJson() + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static ConnectionProfile read(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new NetworkException("cannot read the connection profile " + file + " (is the network up?): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The profile of the local network: its endpoints, per organization its Admin and User1, and the operator
     * identities issued under {@code identities/} (by their names).
     */
    static ConnectionProfile local(NetworkTopology t, NetworkLayout layout) {
        Path crypto = layout.cryptoDir();
        NetworkTopology.Orderer o = t.orderer();
        Endpoint orderer = new Endpoint(o.mspId(), o.address(), NetworkTopology.ordererTlsCa(crypto, o).toString());
        List<Endpoint> peers = new ArrayList<>();
        List<Identity> ids = new ArrayList<>();
        for (NetworkTopology.Peer p : t.peers()) {
            peers.add(new Endpoint(p.mspId(), p.address(), NetworkTopology.peerTlsCa(crypto, p).toString()));
            for (String user : List.of("Admin", "User1")) {
                Path msp = NetworkTopology.peerOrgDir(crypto, p).resolve("users").resolve(user + "@" + p.orgDomain())
                        .resolve("msp");
                ids.add(new Identity(user + "@" + p.orgName().toLowerCase(java.util.Locale.ROOT), p.mspId(),
                        msp.resolve("signcerts").resolve(user + "@" + p.orgDomain() + "-cert.pem").toString(),
                        msp.resolve("keystore").resolve("priv_sk").toString(), msp.toString()));
            }
        }
        for (IssuedIdentity id : IssuedIdentity.list(layout.root())) {
            ids.add(new Identity(id.name(), id.mspId(), id.certificate().toString(), id.privateKey().toString(),
                    id.mspDir().toString()));
        }
        return new ConnectionProfile("diac-local", NetworkTopology.CHANNEL, ChaincodeDeployer.NAME, orderer, peers,
                ids);
    }
}
