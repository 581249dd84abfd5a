package org.diac.chain.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Hyperledger Fabric network of native processes on 127.0.0.1: one Raft orderer (OrdererMSP), one peer
 * for each of Org1MSP and Org2MSP, TLS everywhere, and the application channel {@code diac} created without a
 * system channel (configtxgen genesis block, joined by the orderer through {@code osnadmin} and by both peers).
 *
 * <ul>
 * <li>{@link #up()} generates what is missing (crypto material, configuration, genesis block), starts the
 * processes that are not running, waits for their health endpoints, joins the channel where not yet joined and,
 * when the chaincode module has been built, deploys and starts chaincode {@code diac} as a service.</li>
 * <li>{@link #down()} stops the processes and keeps every ledger, so a later {@code up} resumes the same
 * chain.</li>
 * <li>{@link #clean()} stops everything and deletes {@code network/}.</li>
 * <li>{@link #status()} reports each process and the channel height.</li>
 * </ul>
 */
public final class LocalFabricNetwork {

    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration CLI_TIMEOUT = Duration.ofSeconds(60);

    private final DiacPaths paths;
    private final Supplier<FabricBinaries> fabric;
    private FabricBinaries bins;
    private final NetworkTopology topology;
    private final NetworkLayout layout;
    private final ProcessSupervisor supervisor;
    private final PeerConfig peerConfig;
    private final OrdererConfig ordererConfig;
    private final Consumer<String> progress;

    /** {@code fabric} is asked for the installation once, when a command first needs a Fabric program. */
    public LocalFabricNetwork(DiacPaths paths, Supplier<FabricBinaries> fabric, NetworkTopology topology,
            Consumer<String> progress) {
        this.paths = paths;
        this.fabric = fabric;
        this.topology = topology;
        this.layout = new NetworkLayout(paths.networkDir());
        this.supervisor = new ProcessSupervisor(layout);
        this.peerConfig = new PeerConfig(topology);
        this.ordererConfig = new OrdererConfig(topology);
        this.progress = progress;
    }

    /** The network of {@code ${DIAC_HOME}} with the Fabric of {@link FabricInstaller} and the default port offset. */
    public static LocalFabricNetwork fromEnvironment(Path explicitHome, Consumer<String> progress) {
        return new LocalFabricNetwork(DiacPaths.resolve(explicitHome), FabricInstaller.fromEnvironment(progress)::install,
                NetworkTopology.fromEnvironment(), progress);
    }

    public NetworkLayout layout() {
        return layout;
    }

    public NetworkTopology topology() {
        return topology;
    }

    public FabricBinaries binaries() {
        if (bins == null) {
            bins = fabric.get();
        }
        return bins;
    }

    /** Where {@code up} writes the connection profile of this network. */
    public Path connectionProfileFile() {
        return layout.root().resolve(ConnectionProfile.FILE_NAME);
    }

    // ---- up -----------------------------------------------------------------------------------------------

    /**
     * Brings the network up (see class comment) and returns once a transaction can commit; returns the wall-clock
     * time it took. When a step fails, the processes this call started are stopped again before the exception
     * propagates (processes that were already running are left alone).
     */
    public Duration up() {
        return up(List.of());
    }

    /**
     * {@link #up()}, and issues identities for {@code operators} from their organizations' CAs (kept when they exist;
     * see {@link IdentityIssuer}); the connection profile lists them.
     */
    public Duration up(List<OperatorIdentity> operators) {
        startedNow.clear();
        try {
            return doUp(operators);
        } catch (RuntimeException e) {
            for (int i = startedNow.size() - 1; i >= 0; i--) {
                supervisor.stop(startedNow.get(i));
            }
            if (!startedNow.isEmpty()) {
                progress.accept("  up failed: stopped " + String.join(", ", startedNow) + " again");
            }
            throw e;
        }
    }

    private final List<String> startedNow = new ArrayList<>();

    private Duration doUp(List<OperatorIdentity> operators) {
        long t0 = System.nanoTime();
        FabricBinaries bins = binaries();
        progress.accept("  Fabric " + FabricBinaries.FABRIC_VERSION + " from " + bins.home());
        boolean fresh = !Files.isRegularFile(layout.channelBlock());
        step(fresh ? "generating crypto material, configuration and the genesis block of channel "
                + NetworkTopology.CHANNEL : "reusing the existing network in " + layout.root(), () -> {
            try {
                Files.createDirectories(layout.root());
            } catch (IOException e) {
                throw new NetworkException("cannot create " + layout.root() + ": " + e.getMessage(), e);
            }
            new CryptoMaterialGenerator(topology).generate(layout, bins);
            peerConfig.writeCoreYaml(layout, bins);
            ordererConfig.writeOrdererYaml(layout, bins);
            new ChannelConfigGenerator(topology).generate(layout, bins);
        });

        if (!operators.isEmpty()) {
            step("identities of " + operators.stream().map(OperatorIdentity::name).toList() + " in "
                    + IssuedIdentity.folder(layout.root()), () -> issue(operators));
        }

        String orderer = ordererConfig.processName();
        step("starting orderer on " + topology.orderer().address(), () -> {
            startNode(orderer, binaries().bin("orderer"), List.of(), ordererConfig.nodeEnv(layout),
                    List.of(topology.orderer().port(), topology.orderer().adminPort(), topology.orderer().opsPort()));
            HealthCheck hc = new HealthCheck(NetworkTopology.ordererTlsCa(layout.cryptoDir(), topology.orderer()));
            awaitHealthy(orderer, hc, topology.orderer().opsAddress());
        });

        step("starting peers " + addresses(), () -> {
            for (NetworkTopology.Peer p : topology.peers()) {
                startNode(p.processName(), binaries().bin("peer"), List.of("node", "start"),
                        peerConfig.nodeEnv(layout, bins, p), List.of(p.port(), p.chaincodePort(), p.opsPort()));
            }
            for (NetworkTopology.Peer p : topology.peers()) {
                HealthCheck hc = new HealthCheck(NetworkTopology.peerTlsCa(layout.cryptoDir(), p));
                awaitHealthy(p.processName(), hc, p.opsAddress());
            }
        });

        step("channel " + NetworkTopology.CHANNEL, this::ensureChannel);

        step("ready to commit (Raft leader elected, peers at the orderer's height)", this::awaitReady);

        ChaincodeDeployer cc = new ChaincodeDeployer(this, paths, peerConfig, ordererConfig, supervisor, progress);
        if (cc.available()) {
            step("chaincode " + ChaincodeDeployer.NAME + " (as a service)", () -> {
                cc.ensureDeployedAndRunning();
                startedNow.addAll(cc.startedNow());
            });
        } else {
            progress.accept("  chaincode " + ChaincodeDeployer.NAME + " not deployed: " + cc.unavailableReason());
        }
        boolean withChaincode = cc.available();
        step("discovery (every peer sees every organization's peer" + (withChaincode ? " with chaincode "
                + ChaincodeDeployer.NAME : "") + ")", () -> awaitDiscovery(withChaincode));
        ConnectionProfile.local(topology, layout).write(connectionProfileFile());

        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        OptionalLong height = channelHeight();
        progress.accept(String.format("network up in %.1f s: channel %s, height %s; state in %s",
                took.toMillis() / 1000.0, NetworkTopology.CHANNEL,
                height.isPresent() ? Long.toString(height.getAsLong()) : "?", layout.root()));
        return took;
    }

    private String addresses() {
        List<String> a = new ArrayList<>();
        for (NetworkTopology.Peer p : topology.peers()) {
            a.add(p.mspId() + "@" + p.address());
        }
        return String.join(", ", a);
    }

    private void step(String what, Runnable action) {
        long t = System.nanoTime();
        progress.accept("  " + what + " ...");
        action.run();
        progress.accept(String.format("  %s: done (%.1f s)", what, (System.nanoTime() - t) / 1e9));
    }

    private void startNode(String name, Path exe, List<String> args, Map<String, String> env, List<Integer> ports) {
        if (supervisor.running(name).isPresent()) {
            progress.accept("    " + name + " already running (pid " + supervisor.running(name).get().pid() + ")");
            return;
        }
        for (int port : ports) {
            if (!portFree(port)) {
                throw new NetworkException("port " + NetworkTopology.HOST + ":" + port + " needed by " + name
                        + " is in use (another network? set DIAC_FABRIC_PORT_OFFSET to shift all ports)");
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(args);
        long pid = supervisor.start(name, cmd, env, layout.dataDir(name));
        startedNow.add(name);
        progress.accept("    " + name + " started (pid " + pid + ", log " + layout.log(name) + ")");
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(InetAddress.getByName(NetworkTopology.HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitHealthy(String name, HealthCheck hc, String opsAddress) {
        await(name + " healthy at https://" + opsAddress + "/healthz", () -> {
            if (supervisor.exited(name)) {
                throw new NetworkException(name + " exited during start-up; last log lines:\n"
                        + supervisor.tail(name, 25));
            }
            return hc.healthy(opsAddress);
        });
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new NetworkException("timed out after " + START_TIMEOUT.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NetworkException("interrupted waiting for " + what, e);
            }
        }
    }

    // ---- channel ------------------------------------------------------------------------------------------

    private void ensureChannel() {
        String status = ordererChannelStatus();
        if (status == null) {
            List<String> cmd = new ArrayList<>(List.of(binaries().bin("osnadmin").toString(), "channel", "join",
                    "--channelID", NetworkTopology.CHANNEL, "--config-block", layout.channelBlock().toString()));
            cmd.addAll(ordererConfig.osnadminTlsArgs(layout));
            String out = ToolRunner.check(cmd, Map.of(), layout.root(), CLI_TIMEOUT);
            if (!out.contains("Status: 201")) {
                throw new NetworkException("osnadmin channel join did not create the channel:\n" + out.strip());
            }
            progress.accept("    orderer joined " + NetworkTopology.CHANNEL + " (osnadmin, channel participation)");
        } else {
            progress.accept("    orderer already serves " + NetworkTopology.CHANNEL);
        }
        await("the orderer's channel " + NetworkTopology.CHANNEL + " to be active",
                () -> "active".equals(ordererChannelStatus()));
        for (NetworkTopology.Peer p : topology.peers()) {
            Map<String, String> env = peerConfig.adminEnv(layout, p);
            String list = ToolRunner.check(List.of(binaries().bin("peer").toString(), "channel", "list"), env,
                    layout.root(), CLI_TIMEOUT);
            if (list.lines().anyMatch(l -> l.trim().equals(NetworkTopology.CHANNEL))) {
                progress.accept("    " + p.processName() + " already joined");
                continue;
            }
            ToolRunner.check(List.of(binaries().bin("peer").toString(), "channel", "join", "-b",
                    layout.channelBlock().toString()), env, layout.root(), CLI_TIMEOUT);
            progress.accept("    " + p.processName() + " (" + p.mspId() + ") joined " + NetworkTopology.CHANNEL);
        }
        for (NetworkTopology.Peer p : topology.peers()) {
            await(p.processName() + " to report the channel height", () -> peerHeight(p).isPresent());
        }
    }

    /** The orderer's status of channel diac ("active", "onboarding", ...), or null when it has not joined it. */
    String ordererChannelStatus() {
        return ordererChannel().map(OrdererChannel::status).orElse(null);
    }

    /** What the orderer's channel participation API reports for channel diac ({@code osnadmin channel list}). */
    record OrdererChannel(String name, String consensusRelation, String status, long height) {
    }

    Optional<OrdererChannel> ordererChannel() {
        List<String> cmd = new ArrayList<>(List.of(binaries().bin("osnadmin").toString(), "channel", "list",
                "--channelID", NetworkTopology.CHANNEL));
        cmd.addAll(ordererConfig.osnadminTlsArgs(layout));
        ToolRunner.Result r = ToolRunner.run(cmd, Map.of(), layout.root(), CLI_TIMEOUT);
        if (!r.ok()) {
            throw new NetworkException("osnadmin channel list failed:\n" + r.output().strip());
        }
        return parseOrdererChannel(r.output());
    }

    static Optional<OrdererChannel> parseOrdererChannel(String osnadminOutput) {
        if (osnadminOutput.contains("Status: 404")) {
            return Optional.empty();
        }
        int json = osnadminOutput.indexOf('{');
        if (json < 0) {
            throw new NetworkException("unexpected answer of osnadmin channel list:\n" + osnadminOutput.strip());
        }
        return Optional.of(new com.google.gson.Gson().fromJson(osnadminOutput.substring(json), OrdererChannel.class));
    }

    // ---- readiness -----------------------------------------------------------------------------------------

    /**
     * Returns once a transaction can commit: the orderer is a consenter of channel diac with a Raft leader, and
     * every peer has every block the orderer has. A restarted Raft node elects a leader only after an election
     * timeout, and until then the orderer refuses transactions with {@code SERVICE_UNAVAILABLE -- no Raft leader};
     * being healthy and "active" is not enough.
     */
    private void awaitReady() {
        HealthCheck hc = ordererConfig.metricsClient(layout);
        String ops = topology.orderer().opsAddress();
        await("a Raft leader of channel " + NetworkTopology.CHANNEL + " (https://" + ops + "/metrics)",
                () -> isRaftLeader(hc.get(ops, "/metrics")));
        OrdererChannel ch = ordererChannel().orElseThrow(() -> new NetworkException("the orderer left channel "
                + NetworkTopology.CHANNEL));
        if (!"consenter".equals(ch.consensusRelation()) || !"active".equals(ch.status())) {
            throw new NetworkException("the orderer is " + ch.consensusRelation() + "/" + ch.status() + " of channel "
                    + NetworkTopology.CHANNEL + ", expected consenter/active");
        }
        for (NetworkTopology.Peer p : topology.peers()) {
            await(p.processName() + " to reach the orderer's height " + ch.height(),
                    () -> peerHeight(p).orElse(0) >= ch.height());
        }
        progress.accept("    Raft leader elected; height " + ch.height() + " on the orderer and every peer");
    }

    static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Returns once each peer's discovery service (what the Fabric Gateway asks to pick endorsers) names a peer of
     * every organization: with the chaincode, {@code discover endorsers} must find a layout covering all
     * organizations (MAJORITY of two needs both); without it, {@code discover peers} must list them. Right after
     * the peers start, gossip has not yet spread the other organization's membership and chaincode (measured
     * ≈13 s after a fresh up), and the gateway answers {@code FAILED_PRECONDITION: no combination of peers};
     * waiting here makes the first transaction after {@code up} succeed at once. Bounded by
     * {@link #DISCOVERY_TIMEOUT}; the error names the peer and the last answer of {@code discover}.
     */
    private void awaitDiscovery(boolean withChaincode) {
        long deadline = System.nanoTime() + DISCOVERY_TIMEOUT.toNanos();
        for (NetworkTopology.Peer p : topology.peers()) {
            String last = "";
            while (true) {
                ToolRunner.Result r = discover(p, withChaincode);
                last = r.output().strip();
                if (r.ok() && seesEveryOrganization(last)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new NetworkException("timed out after " + DISCOVERY_TIMEOUT.toSeconds() + " s waiting for "
                            + p.processName() + " (" + p.address() + ") to discover a peer of every organization"
                            + (withChaincode ? " with chaincode " + ChaincodeDeployer.NAME : "")
                            + " (gossip between the peers; see " + layout.log(p.processName()) + "); last answer of"
                            + " discover: " + (last.isEmpty() ? "(none)" : last));
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NetworkException("interrupted waiting for discovery", e);
                }
            }
        }
        progress.accept("    every peer discovers " + topology.peers().stream().map(NetworkTopology.Peer::mspId)
                .toList());
    }

    /** True when the {@code discover} JSON answer names every organization's MSP ID. */
    boolean seesEveryOrganization(String discoverOutput) {
        for (NetworkTopology.Peer q : topology.peers()) {
            if (!Pattern.compile("\"(?i:mspid)\"\\s*:\\s*\"" + Pattern.quote(q.mspId()) + "\"")
                    .matcher(discoverOutput).find()) {
                return false;
            }
        }
        return true;
    }

    /** {@code discover endorsers|peers} against one peer, as that organization's admin (from its MSP folder). */
    private ToolRunner.Result discover(NetworkTopology.Peer p, boolean endorsers) {
        Path crypto = layout.cryptoDir();
        Path msp = NetworkTopology.peerAdminMsp(crypto, p);
        Path cert;
        try (java.util.stream.Stream<Path> certs = Files.list(msp.resolve("signcerts"))) {
            cert = certs.filter(Files::isRegularFile).findFirst().orElseThrow(() -> new NetworkException(
                    "no certificate in " + msp.resolve("signcerts")));
        } catch (IOException e) {
            throw new NetworkException("cannot read " + msp.resolve("signcerts") + ": " + e.getMessage(), e);
        }
        List<String> cmd = new ArrayList<>(List.of(binaries().bin("discover").toString(),
                "--peerTLSCA", NetworkTopology.peerTlsCa(crypto, p).toString(),
                "--userKey", msp.resolve("keystore").resolve("priv_sk").toString(),
                "--userCert", cert.toString(), "--MSP", p.mspId()));
        if (endorsers) {
            cmd.addAll(List.of("endorsers", "--chaincode", ChaincodeDeployer.NAME));
        } else {
            cmd.add("peers");
        }
        cmd.addAll(List.of("--channel", NetworkTopology.CHANNEL, "--server", p.address()));
        return ToolRunner.run(cmd, Map.of(), layout.root(), CLI_TIMEOUT);
    }

    private static final Pattern IS_LEADER = Pattern.compile(
            "(?m)^consensus_etcdraft_is_leader\\{channel=\"" + NetworkTopology.CHANNEL + "\"\\}\\s+(\\S+)$");

    /**
     * Whether the orderer leads channel diac's Raft cluster, from its Prometheus metrics (Fabric 2.5 exports
     * {@code consensus_etcdraft_is_leader}, no leader ID). The local network has a single consenter, so it has a
     * leader exactly when that orderer is it.
     */
    static boolean isRaftLeader(String metrics) {
        if (metrics == null) {
            return false;
        }
        Matcher m = IS_LEADER.matcher(metrics);
        return m.find() && Double.parseDouble(m.group(1)) == 1.0;
    }

    private static final Pattern HEIGHT = Pattern.compile("\"height\"\\s*:\\s*(\\d+)");

    /** Height of channel diac on one peer ({@code peer channel getinfo}), if the peer answers. */
    OptionalLong peerHeight(NetworkTopology.Peer p) {
        if (supervisor.running(p.processName()).isEmpty()) {
            return OptionalLong.empty();
        }
        ToolRunner.Result r = ToolRunner.run(List.of(binaries().bin("peer").toString(), "channel", "getinfo", "-c",
                NetworkTopology.CHANNEL), peerConfig.adminEnv(layout, p), layout.root(), CLI_TIMEOUT);
        Matcher m = HEIGHT.matcher(r.output());
        return r.ok() && m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Channel height as seen by the first organization's peer. */
    public OptionalLong channelHeight() {
        if (!Files.isDirectory(layout.cryptoDir())) {
            return OptionalLong.empty();
        }
        return peerHeight(topology.peers().get(0));
    }

    /**
     * Issues (or keeps) the identities of {@code operators}; needs the crypto material, not running processes. An
     * existing connection profile is rewritten so it lists them.
     */
    public List<IssuedIdentity> issueIdentities(List<OperatorIdentity> operators) {
        if (!Files.isDirectory(layout.cryptoDir())) {
            throw new NetworkException("no crypto material in " + layout.cryptoDir() + " (run: diac network up)");
        }
        List<IssuedIdentity> ids = issue(operators);
        if (Files.isRegularFile(connectionProfileFile())) {
            ConnectionProfile.local(topology, layout).write(connectionProfileFile());
        }
        return ids;
    }

    private List<IssuedIdentity> issue(List<OperatorIdentity> operators) {
        IdentityIssuer issuer = new IdentityIssuer(topology, layout);
        List<IssuedIdentity> ids = new ArrayList<>();
        for (OperatorIdentity op : operators) {
            boolean existed = IssuedIdentity.read(layout.root(), op.name()).isPresent();
            IssuedIdentity id = issuer.issue(op);
            ids.add(id);
            progress.accept("    " + op.name() + " (" + id.mspId() + ", CN=" + op.subject() + "): "
                    + (existed ? "kept" : "issued"));
        }
        return ids;
    }

    // ---- chaincode calls through the peer CLI, as described by the connection profile ---------------------

    /** The identity transactions are signed with unless told otherwise: Org1's client user. */
    public static final String DEFAULT_IDENTITY = "User1@org1";

    /**
     * Submits a transaction of chaincode {@code diac} through {@code peer chaincode invoke}, endorsed by every
     * organization's peer, and waits until it is committed. Returns the CLI output (which holds the payload).
     */
    public String invokeChaincode(String function, String... args) {
        return peerCli().invoke(DEFAULT_IDENTITY, function, args);
    }

    /** Evaluates a transaction of chaincode {@code diac} on Org1's peer ({@code peer chaincode query}). */
    public String queryChaincode(String function, String... args) {
        return peerCli().query(DEFAULT_IDENTITY, function, args);
    }

    /** {@link #invokeChaincode}, signed by {@code identity} (a name in the connection profile, e.g. an operator). */
    public String invokeChaincodeAs(String identity, String function, String... args) {
        return peerCli().invoke(identity, function, args);
    }

    /** {@link #queryChaincode}, as {@code identity}, on that identity's organization's peer. */
    public String queryChaincodeAs(String identity, String function, String... args) {
        return peerCli().query(identity, function, args);
    }

    private PeerCli peerCli() {
        return new PeerCli(binaries(), ConnectionProfile.read(connectionProfileFile()), layout.root());
    }

    // ---- down / clean / status ----------------------------------------------------------------------------

    /** Stops the chaincode server, the peers and the orderer; keeps every ledger. */
    public List<String> down() {
        List<String> stopped = new ArrayList<>();
        List<String> order = new ArrayList<>();
        order.add(ChaincodeDeployer.PROCESS);
        for (NetworkTopology.Peer p : topology.peers()) {
            order.add(p.processName());
        }
        order.add(ordererConfig.processName());
        for (String name : order) {
            if (supervisor.stop(name)) {
                stopped.add(name);
                progress.accept("  stopped " + name);
            }
        }
        if (stopped.isEmpty()) {
            progress.accept("  nothing was running");
        }
        return stopped;
    }

    /** {@link #down()} and delete the whole network folder (crypto material, ledgers, logs). */
    public void clean() {
        down();
        try {
            CryptoMaterialGenerator.deleteRecursively(layout.root());
            progress.accept("  removed " + layout.root());
        } catch (IOException e) {
            throw new NetworkException("cannot delete " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /** One process of the network as {@code status} shows it. */
    public record ProcessStatus(String name, String role, String endpoint, long pid, boolean running,
            boolean healthy) {
    }

    /** What {@code status} reports. */
    public record Status(Path root, boolean exists, List<ProcessStatus> processes, OptionalLong channelHeight) {
        public boolean allRunning() {
            return processes.stream().filter(p -> !p.role().equals("chaincode")).allMatch(ProcessStatus::running);
        }
    }

    public Status status() {
        boolean exists = Files.isDirectory(layout.cryptoDir());
        List<ProcessStatus> list = new ArrayList<>();
        NetworkTopology.Orderer o = topology.orderer();
        list.add(processStatus(ordererConfig.processName(), "orderer " + o.mspId(), o.address(), o.opsAddress(),
                exists ? NetworkTopology.ordererTlsCa(layout.cryptoDir(), o) : null));
        for (NetworkTopology.Peer p : topology.peers()) {
            list.add(processStatus(p.processName(), "peer " + p.mspId(), p.address(), p.opsAddress(),
                    exists ? NetworkTopology.peerTlsCa(layout.cryptoDir(), p) : null));
        }
        var cc = supervisor.running(ChaincodeDeployer.PROCESS);
        list.add(new ProcessStatus(ChaincodeDeployer.PROCESS, "chaincode", topology.chaincodeServerAddress(),
                cc.map(ProcessHandle::pid).orElse(-1L), cc.isPresent(), cc.isPresent()));
        return new Status(layout.root(), exists, list, exists ? channelHeight() : OptionalLong.empty());
    }

    private ProcessStatus processStatus(String name, String role, String endpoint, String ops, Path ca) {
        var h = supervisor.running(name);
        boolean healthy = h.isPresent() && ca != null && new HealthCheck(ca).healthy(ops);
        return new ProcessStatus(name, role, endpoint, h.map(ProcessHandle::pid).orElse(-1L), h.isPresent(),
                healthy);
    }
}
