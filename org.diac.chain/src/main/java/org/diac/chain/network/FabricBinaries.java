package org.diac.chain.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Fabric binaries cache: {@code ${DIAC_FABRIC_HOME:-$HOME/.cache/diac/fabric/2.5.16}} with {@code bin/},
 * {@code config/} (the sampleconfig yaml files) and {@code builders/ccaas/} (the chaincode-as-a-service
 * external builder). When something is missing, {@link #ensure} runs {@code releng/fabric/build-fabric.sh}.
 */
public final class FabricBinaries {

    public static final String FABRIC_VERSION = "2.5.16";
    static final List<String> BINARIES =
            List.of("peer", "orderer", "configtxgen", "cryptogen", "osnadmin", "configtxlator");
    static final List<String> CONFIG_FILES = List.of("core.yaml", "orderer.yaml", "configtx.yaml");
    static final List<String> BUILDER_SCRIPTS = List.of("detect", "build", "release");

    private final Path home;

    public FabricBinaries(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The cache named by {@code DIAC_FABRIC_HOME}, or {@code $HOME/.cache/diac/fabric/2.5.16}. */
    public static FabricBinaries defaultCache() {
        String env = System.getenv("DIAC_FABRIC_HOME");
        if (DiacPaths.notBlank(env)) {
            return new FabricBinaries(Path.of(env));
        }
        return new FabricBinaries(Path.of(System.getProperty("user.home"), ".cache", "diac", "fabric", FABRIC_VERSION));
    }

    public Path home() {
        return home;
    }

    public Path bin(String name) {
        return home.resolve("bin").resolve(name);
    }

    public Path configDir() {
        return home.resolve("config");
    }

    /** Folder of the external builder (holds bin/detect, bin/build, bin/release). */
    public Path ccaasBuilder() {
        return home.resolve("builders").resolve("ccaas");
    }

    /** True when every binary, config file and builder script is present. Does not run anything. */
    public boolean isComplete() {
        for (String b : BINARIES) {
            if (!Files.isExecutable(bin(b))) {
                return false;
            }
        }
        for (String c : CONFIG_FILES) {
            if (!Files.isRegularFile(configDir().resolve(c))) {
                return false;
            }
        }
        for (String s : BUILDER_SCRIPTS) {
            if (!Files.isExecutable(ccaasBuilder().resolve("bin").resolve(s))) {
                return false;
            }
        }
        return true;
    }

    /** The version that {@code peer version} reports, or an empty string. */
    public String peerVersion() {
        try {
            ToolRunner.Result r = ToolRunner.run(List.of(bin("peer").toString(), "version"), Map.of(), home,
                    Duration.ofSeconds(20));
            for (String line : r.output().split("\n")) {
                String t = line.trim();
                if (t.startsWith("Version:")) {
                    return t.substring("Version:".length()).trim();
                }
            }
        } catch (RuntimeException e) {
            // not built or not runnable
        }
        return "";
    }

    /**
     * Makes sure the cache is complete and reports {@value #FABRIC_VERSION}; otherwise runs the build script
     * (its progress goes to this process's stdout/stderr).
     */
    public void ensure(DiacPaths paths, Consumer<String> progress) {
        if (isComplete() && FABRIC_VERSION.equals(peerVersion())) {
            return;
        }
        Path script = paths.buildScript().orElseThrow(() -> new NetworkException(
                "Fabric " + FABRIC_VERSION + " binaries are missing in " + home
                        + " and releng/fabric/build-fabric.sh was not found (run from the repository or set -Ddiac.repo)"));
        progress.accept("Fabric " + FABRIC_VERSION + " not found in " + home + "; building it with " + script);
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).inheritIO();
        pb.environment().put("DIAC_FABRIC_HOME", home.toString());
        try {
            int rc = pb.start().waitFor();
            if (rc != 0) {
                throw new NetworkException("build-fabric.sh failed with exit code " + rc);
            }
        } catch (IOException e) {
            throw new NetworkException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while building Fabric", e);
        }
        if (!isComplete() || !FABRIC_VERSION.equals(peerVersion())) {
            throw new NetworkException("build-fabric.sh finished but " + home + " is still incomplete");
        }
    }
}
