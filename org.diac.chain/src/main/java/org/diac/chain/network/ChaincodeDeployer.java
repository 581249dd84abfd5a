package org.diac.chain.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deploys chaincode {@code diac} as a service (ccaas) and runs it as a Java process:
 *
 * <ol>
 * <li>package: {@code metadata.json} (type ccaas) plus {@code code.tar.gz} holding {@code connection.json}
 * (address of the chaincode server, plaintext: the peer-to-chaincode link is local); made once and kept, so the
 * package ID (label + SHA-256 of the archive) stays the same across restarts;</li>
 * <li>install on both peers (our external builder turns it into a release with {@code connection.json});</li>
 * <li>start the chaincode server: {@code java -jar <shaded jar>} with {@code CHAINCODE_SERVER_ADDRESS} and
 * {@code CORE_CHAINCODE_ID_NAME=<package id>}; both peers dial it;</li>
 * <li>approve for Org1MSP and Org2MSP and commit, with the channel's {@code MAJORITY Endorsement} policy.</li>
 * </ol>
 *
 * Each step is skipped when already done, so {@code up} after {@code down} only restarts the server. A new jar
 * needs only a restart (the package holds no code).
 */
final class ChaincodeDeployer {

    static final String NAME = "diac";
    static final String VERSION = "1.0";
    static final int SEQUENCE = 1;
    static final String LABEL = NAME + "_" + VERSION;
    static final String PROCESS = "chaincode-" + NAME;
    static final String ENDORSEMENT_POLICY = "/Channel/Application/Endorsement";

    private final LocalFabricNetwork network;
    private final DiacPaths paths;
    private final PeerConfig peerConfig;
    private final OrdererConfig ordererConfig;
    private final ProcessSupervisor supervisor;
    private final java.util.function.Consumer<String> progress;
    private final List<String> startedNow = new ArrayList<>();

    ChaincodeDeployer(LocalFabricNetwork network, DiacPaths paths, PeerConfig peerConfig, OrdererConfig ordererConfig,
            ProcessSupervisor supervisor, java.util.function.Consumer<String> progress) {
        this.progress = progress;
        this.network = network;
        this.paths = paths;
        this.peerConfig = peerConfig;
        this.ordererConfig = ordererConfig;
        this.supervisor = supervisor;
    }

    /** The shaded chaincode jar: {@code DIAC_CHAINCODE_JAR}, else the contract module's build output. */
    Optional<Path> jar() {
        String env = System.getenv("DIAC_CHAINCODE_JAR");
        if (DiacPaths.notBlank(env)) {
            return Optional.of(Path.of(env)).filter(Files::isRegularFile);
        }
        return paths.repoRoot()
                .map(r -> r.resolve("org.diac.chain/org.diac.chain.contract/target/diac-chaincode.jar"))
                .filter(Files::isRegularFile);
    }

    boolean available() {
        return jar().isPresent();
    }

    String unavailableReason() {
        return "no chaincode jar (build it with: releng/scripts/mvn -pl org.diac.chain/org.diac.chain.contract -am package,"
                + " or set DIAC_CHAINCODE_JAR)";
    }

    void ensureDeployedAndRunning() {
        NetworkLayout layout = network.layout();
        Path pkg = packageFile(layout);
        String packageId = packageId(pkg);
        Path peerBin = network.binaries().bin("peer");
        Path root = layout.root();

        for (NetworkTopology.Peer p : network.topology().peers()) {
            Map<String, String> env = peerConfig.adminEnv(layout, p);
            String installed = ToolRunner.check(List.of(peerBin.toString(), "lifecycle", "chaincode",
                    "queryinstalled"), env, root, LocalFabricNetwork.CLI_TIMEOUT);
            if (installed.contains(packageId)) {
                continue;
            }
            ToolRunner.check(List.of(peerBin.toString(), "lifecycle", "chaincode", "install", pkg.toString()), env,
                    root, LocalFabricNetwork.CLI_TIMEOUT);
            say("installed " + LABEL + " on " + p.processName());
        }

        startServer(packageId);

        String committed = ToolRunner.run(List.of(peerBin.toString(), "lifecycle", "chaincode", "querycommitted",
                "--channelID", NetworkTopology.CHANNEL, "--name", NAME), peerConfig.adminEnv(layout,
                        network.topology().peers().get(0)), root, LocalFabricNetwork.CLI_TIMEOUT).output();
        if (committed.contains("Sequence: " + SEQUENCE)) {
            say(NAME + " already committed (sequence " + SEQUENCE + ")");
            return;
        }
        for (NetworkTopology.Peer p : network.topology().peers()) {
            Map<String, String> env = peerConfig.adminEnv(layout, p);
            String ready = ToolRunner.check(withOrderer(List.of(peerBin.toString(), "lifecycle", "chaincode",
                    "checkcommitreadiness", "--channelID", NetworkTopology.CHANNEL, "--name", NAME, "--version",
                    VERSION, "--sequence", Integer.toString(SEQUENCE), "--channel-config-policy", ENDORSEMENT_POLICY,
                    "--output", "json"), layout), env, root, LocalFabricNetwork.CLI_TIMEOUT);
            if (ready.replace(" ", "").contains("\"" + p.mspId() + "\":true")) {
                continue;
            }
            ToolRunner.check(withOrderer(List.of(peerBin.toString(), "lifecycle", "chaincode", "approveformyorg",
                    "--channelID", NetworkTopology.CHANNEL, "--name", NAME, "--version", VERSION, "--package-id",
                    packageId, "--sequence", Integer.toString(SEQUENCE), "--channel-config-policy",
                    ENDORSEMENT_POLICY), layout), env, root, LocalFabricNetwork.CLI_TIMEOUT);
            say("approved by " + p.mspId());
        }
        List<String> commit = new ArrayList<>(withOrderer(List.of(peerBin.toString(), "lifecycle", "chaincode",
                "commit", "--channelID", NetworkTopology.CHANNEL, "--name", NAME, "--version", VERSION, "--sequence",
                Integer.toString(SEQUENCE), "--channel-config-policy", ENDORSEMENT_POLICY), layout));
        commit.addAll(peerTargets(layout));
        ToolRunner.check(commit, peerConfig.adminEnv(layout, network.topology().peers().get(0)), root,
                LocalFabricNetwork.CLI_TIMEOUT);
        say("committed " + NAME + " " + VERSION + " (sequence " + SEQUENCE + ", MAJORITY Endorsement)");
    }

    /** The processes {@link #ensureDeployedAndRunning} started (to stop them again when {@code up} fails). */
    List<String> startedNow() {
        return List.copyOf(startedNow);
    }

    /** {@code -o <orderer> --tls --cafile <orderer TLS CA>} appended to a peer CLI command. */
    List<String> withOrderer(List<String> cmd, NetworkLayout layout) {
        List<String> all = new ArrayList<>(cmd);
        all.addAll(List.of("-o", network.topology().orderer().address(), "--tls", "--cafile",
                NetworkTopology.ordererTlsCa(layout.cryptoDir(), network.topology().orderer()).toString()));
        return all;
    }

    /** {@code --peerAddresses/--tlsRootCertFiles} for every peer (one per organization). */
    List<String> peerTargets(NetworkLayout layout) {
        List<String> args = new ArrayList<>();
        for (NetworkTopology.Peer p : network.topology().peers()) {
            args.addAll(List.of("--peerAddresses", p.address(), "--tlsRootCertFiles",
                    NetworkTopology.peerTlsCa(layout.cryptoDir(), p).toString()));
        }
        return args;
    }

    private void startServer(String packageId) {
        if (supervisor.running(PROCESS).isPresent()) {
            say(PROCESS + " already running");
            return;
        }
        NetworkTopology t = network.topology();
        if (!LocalFabricNetwork.portFree(t.chaincodeServerPort())) {
            throw new NetworkException("port " + t.chaincodeServerAddress() + " for the chaincode server is in use");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = jar().orElseThrow(() -> new NetworkException(unavailableReason()));
        Map<String, String> env = Map.of(
                "CHAINCODE_SERVER_ADDRESS", t.chaincodeServerAddress(),
                "CORE_CHAINCODE_ID_NAME", packageId,
                "CORE_PEER_LOCALMSPID", t.peers().get(0).mspId(),
                "CORE_PEER_TLS_ENABLED", "false",
                // the shim logs three INFO lines per invocation: under load that was a tenth of its time
                "CORE_CHAINCODE_LOGGING_LEVEL", "WARNING",
                "CORE_CHAINCODE_LOGGING_SHIM", "WARNING");
        startedNow.add(PROCESS);
        long pid = supervisor.start(PROCESS, List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString()),
                env, network.layout().dataDir(PROCESS));
        say(PROCESS + " started (pid " + pid + ", " + t.chaincodeServerAddress() + ", log "
                + network.layout().log(PROCESS) + ")");
        LocalFabricNetwork.await("the chaincode server on " + t.chaincodeServerAddress(), () -> {
            if (supervisor.exited(PROCESS)) {
                throw new NetworkException(PROCESS + " exited; last log lines:\n" + supervisor.tail(PROCESS, 25));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(NetworkTopology.HOST, t.chaincodeServerPort()), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Writes the ccaas package once (kept across down/up: its bytes define the package ID). */
    Path packageFile(NetworkLayout layout) {
        Path dir = layout.chaincodeDir();
        Path pkg = dir.resolve(LABEL + ".tgz");
        if (Files.isRegularFile(pkg)) {
            return pkg;
        }
        try {
            Files.createDirectories(dir);
            String connection = "{\n  \"address\": \"" + network.topology().chaincodeServerAddress() + "\",\n"
                    + "  \"dial_timeout\": \"10s\",\n  \"tls_required\": false\n}\n";
            String metadata = "{\n  \"type\": \"ccaas\",\n  \"label\": \"" + LABEL + "\"\n}\n";
            byte[] code = TarGz.of(new java.util.TreeMap<>(Map.of("connection.json", connection.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            byte[] whole = TarGz.of(new java.util.TreeMap<>(Map.of(
                    "metadata.json", metadata.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "code.tar.gz", code)));
            Files.writeString(dir.resolve("connection.json"), connection);
            Files.writeString(dir.resolve("metadata.json"), metadata);
            Path tmp = dir.resolve(LABEL + ".tgz.tmp");
            Files.write(tmp, whole);
            Files.move(tmp, pkg);
            return pkg;
        } catch (IOException e) {
            throw new NetworkException("cannot write the chaincode package: " + e.getMessage(), e);
        }
    }

    /** Fabric's package ID: {@code <label>:<hex SHA-256 of the package file>}. */
    static String packageId(Path pkg) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pkg));
            return LABEL + ":" + HexFormat.of().formatHex(hash);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new NetworkException("cannot hash " + pkg + ": " + e.getMessage(), e);
        }
    }

    private void say(String s) {
        progress.accept("    " + s);
    }
}
