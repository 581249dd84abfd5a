package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.network.DiacPaths;
import org.diac.chain.network.FabricInstaller;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkTopology;

/**
 * The real local network for the client's integration tests: the same state folder ({@code target/fabric-it}, so
 * {@code .ci/run}'s exit trap stops what a killed JVM left) and port offset (100, {@code diac.it.portOffset}) as the
 * network's own integration test, started fresh and cleaned afterwards ({@code -Ddiac.it.keep=true} keeps it).
 */
final class LedgerNetworkFixture implements AutoCloseable {

    final LocalFabricNetwork network;
    final Path repo;
    final Duration upTime;
    private final Thread stopOnExit;

    LedgerNetworkFixture() throws Exception {
        DiacPaths found = DiacPaths.resolve(null);
        repo = found.repoRoot().orElseThrow();
        DiacPaths paths = new DiacPaths(Path.of("target", "fabric-it").toAbsolutePath(), found.repoRoot());
        network = new LocalFabricNetwork(paths, FabricInstaller.fromEnvironment(LedgerNetworkFixture::log)::install,
                new NetworkTopology(Integer.getInteger("diac.it.portOffset", 100)), LedgerNetworkFixture::log);
        stopOnExit = new Thread(network::down, "ledger-it-down");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        network.clean();
        buildChaincodeJarIfMissing();
        upTime = network.up();
        log("network up in " + upTime.toMillis() + " ms");
    }

    static void log(String line) {
        System.out.println("[ledger-it] " + line);
    }

    Path profileFile() {
        return network.connectionProfileFile();
    }

    ConnectionProfile profile() {
        return ConnectionProfile.read(profileFile());
    }

    DiacLedger ledger(String identity) {
        return DiacLedger.builder().profile(profileFile()).identity(identity).connect();
    }

    private void buildChaincodeJarIfMissing() throws Exception {
        Path jar = repo.resolve("org.diac.chain/org.diac.chain.contract/target/diac-chaincode.jar");
        if (Files.isRegularFile(jar) || System.getenv("DIAC_CHAINCODE_JAR") != null) {
            return;
        }
        // through the root reactor: the chaincode shades org.diac.mapper, which is built beside it, not installed
        Process p = new ProcessBuilder("bash", repo.resolve("releng/scripts/mvn").toString(), "-B", "-q", "-f",
                repo.resolve("pom.xml").toString(), "-pl", "org.diac.chain/org.diac.chain.contract", "-am",
                "-DskipTests", "package").inheritIO().start();
        assertEquals(0, p.waitFor(), "building the chaincode jar");
    }

    @Override
    public void close() {
        if (Boolean.getBoolean("diac.it.keep")) {
            network.down();
        } else {
            network.clean();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
}
