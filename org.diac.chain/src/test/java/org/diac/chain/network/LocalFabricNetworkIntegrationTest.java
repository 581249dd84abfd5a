package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real Fabric processes (tag {@code fabric}: runs only with {@code -Pfabric-it}). Fabric comes from
 * {@link FabricInstaller} (DIAC_FABRIC_HOME, the cache, or DIAC_FABRIC_DIST). Uses its own state folder
 * ({@code target/fabric-it}) and ports shifted by 100 (property {@code diac.it.portOffset}), so a developer's
 * network on the default ports can keep running. Builds the chaincode jar if missing. Every process it starts is
 * stopped again, also when the test fails or the JVM is told to exit; {@code -Ddiac.it.keep=true} keeps the
 * folder and its logs.
 */
@Tag("fabric")
class LocalFabricNetworkIntegrationTest {

    private static LocalFabricNetwork network;
    private static final Thread STOP_ON_EXIT = new Thread(() -> network.down(), "fabric-it-down");

    @BeforeAll
    static void setUp() throws Exception {
        DiacPaths found = DiacPaths.resolve(null);
        Path home = Path.of("target", "fabric-it").toAbsolutePath();
        DiacPaths paths = new DiacPaths(home, found.repoRoot());
        int offset = Integer.getInteger("diac.it.portOffset", 100);
        network = new LocalFabricNetwork(paths, FabricInstaller.fromEnvironment(LocalFabricNetworkIntegrationTest::log)
                ::install, new NetworkTopology(offset), LocalFabricNetworkIntegrationTest::log);
        Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT);
        network.clean();
        buildChaincodeJarIfMissing(paths);
    }

    private static void log(String line) {
        System.out.println("[it] " + line);
    }

    private static void buildChaincodeJarIfMissing(DiacPaths paths) throws Exception {
        Path repo = paths.repoRoot().orElseThrow();
        Path jar = repo.resolve("org.diac.chain/org.diac.chain.contract/target/diac-chaincode.jar");
        if (Files.isRegularFile(jar) || System.getenv("DIAC_CHAINCODE_JAR") != null) {
            return;
        }
        Path mvn = repo.resolve("releng/scripts/mvn");
        // through the root reactor: the chaincode shades org.diac.mapper, which is built beside it, not installed
        Process p = new ProcessBuilder("bash", mvn.toString(), "-B", "-q", "-f", repo.resolve("pom.xml").toString(),
                "-pl", "org.diac.chain/org.diac.chain.contract", "-am", "-DskipTests", "package").inheritIO().start();
        assertEquals(0, p.waitFor(), "building the chaincode jar");
    }

    @AfterAll
    static void tearDown() {
        if (network != null) {
            if (Boolean.getBoolean("diac.it.keep")) {
                network.down();
            } else {
                network.clean();
            }
            Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
        }
    }

    @Test
    void firstTransactionCommitsAfterAFreshAndARestartedUp() {
        Duration first = network.up();
        log("up, fresh network (chaincode deployment included): " + first.toMillis() + " ms");

        LocalFabricNetwork.Status s = network.status();
        assertTrue(s.exists());
        for (LocalFabricNetwork.ProcessStatus p : s.processes()) {
            assertTrue(p.running() && p.healthy(), p + " should run and be healthy");
        }
        assertTrue(Files.isRegularFile(network.connectionProfileFile()), "up writes the connection profile");

        long t = System.nanoTime();
        String out = network.invokeChaincode("publishVersion", "it-doc", "template_name: it\nversion: 1\n");
        log("first transaction after the fresh up committed in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        assertTrue(out.contains("status:200"), out);
        assertTrue(out.contains("committed with status (VALID)"), out);
        String latest = network.queryChaincode("readLatest", "it-doc");
        assertTrue(latest.contains("\"version\":1") && latest.contains("template_name: it\\nversion: 1\\n"), latest);

        OptionalLong before = network.channelHeight();
        assertTrue(before.isPresent());

        network.down();
        LocalFabricNetwork.Status stopped = network.status();
        assertFalse(stopped.processes().stream().anyMatch(LocalFabricNetwork.ProcessStatus::running), stopped.toString());
        assertTrue(stopped.channelHeight().isEmpty());

        Duration second = network.up();
        log("up, restarted on the kept ledger: " + second.toMillis() + " ms");
        assertEquals(before, network.channelHeight(), "the channel height survives down/up");

        // the very first command after the restart is a transaction, and it must commit at once
        t = System.nanoTime();
        String again = network.invokeChaincode("publishVersion", "it-doc", "template_name: it\nversion: 2\n");
        log("first transaction after the restarted up committed in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        assertTrue(again.contains("committed with status (VALID)"), again);
        assertTrue(again.contains("\\\"version\\\":2"), again);
        assertEquals(before.getAsLong() + 1, network.channelHeight().getAsLong());
        String v1 = network.queryChaincode("readVersion", "it-doc", "1");
        assertTrue(v1.contains("template_name: it\\nversion: 1\\n"), v1);
    }

    @Test
    void anIssuedOperatorIdentitySignsATransactionAndTheChaincodeSeesItsSubject() {
        network.up(OperatorIdentity.parseList("alice:org1:alice@myDapp,bob:org2:bob@myDapp"));
        ConnectionProfile profile = ConnectionProfile.read(network.connectionProfileFile());
        assertEquals("Org1MSP", profile.identity("alice").orElseThrow().mspId());
        assertEquals("Org2MSP", profile.identity("bob").orElseThrow().mspId());

        String out = network.invokeChaincodeAs("alice", "publishVersion", "it-alice", "template_name: it-alice\n");
        assertTrue(out.contains("committed with status (VALID)"), out);
        String latest = network.queryChaincodeAs("bob", "readLatest", "it-alice"); // on Org2's peer, as bob
        assertTrue(latest.contains("\"submitter\":\"Org1MSP:CN=alice@myDapp,OU=client,O=org1.diac.local\""), latest);

        out = network.invokeChaincodeAs("bob", "publishVersion", "it-bob", "template_name: it-bob\n");
        assertTrue(out.contains("committed with status (VALID)"), out);
        latest = network.queryChaincodeAs("alice", "readLatest", "it-bob");
        assertTrue(latest.contains("\"submitter\":\"Org2MSP:CN=bob@myDapp,OU=client,O=org2.diac.local\""), latest);
    }
}
