package org.diac.chain.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Fabric installation in the layout of Fabric's release archive: {@code bin/} (peer, orderer, configtxgen,
 * cryptogen, osnadmin), {@code config/} (the sample core.yaml and orderer.yaml) and
 * {@code builders/ccaas/bin/} (Fabric's chaincode-as-a-service external builder). {@link FabricInstaller} finds
 * or makes one; this class only looks at a folder.
 */
public final class FabricBinaries {

    public static final String FABRIC_VERSION = "2.5.16";
    static final List<String> BINARIES = List.of("peer", "orderer", "configtxgen", "cryptogen", "osnadmin");
    static final List<String> CONFIG_FILES = List.of("core.yaml", "orderer.yaml");
    static final List<String> BUILDER_SCRIPTS = List.of("detect", "build", "release");

    private final Path home;

    public FabricBinaries(Path home) {
        this.home = home.toAbsolutePath().normalize();
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

    /** What is missing (relative paths), empty when complete. Does not run anything. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String b : BINARIES) {
            if (!Files.isExecutable(bin(b))) {
                missing.add("bin/" + b);
            }
        }
        for (String c : CONFIG_FILES) {
            if (!Files.isRegularFile(configDir().resolve(c))) {
                missing.add("config/" + c);
            }
        }
        for (String s : BUILDER_SCRIPTS) {
            if (!Files.isExecutable(ccaasBuilder().resolve("bin").resolve(s))) {
                missing.add("builders/ccaas/bin/" + s);
            }
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** The version that {@code bin/peer version} reports, or an empty string when it does not run. */
    public String peerVersion() {
        if (!Files.isExecutable(bin("peer"))) {
            return "";
        }
        try {
            ToolRunner.Result r = ToolRunner.run(List.of(bin("peer").toString(), "version"), Map.of(), home,
                    Duration.ofSeconds(20));
            for (String line : r.output().split("\n")) {
                String t = line.trim();
                if (r.ok() && t.startsWith("Version:")) {
                    return t.substring("Version:".length()).trim();
                }
            }
        } catch (RuntimeException e) {
            // not runnable (wrong platform, truncated file): no version
        }
        return "";
    }

    /** Null when this is a complete Fabric {@value #FABRIC_VERSION}; otherwise what is wrong with it. */
    public String problem() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            return "missing " + String.join(", ", missing);
        }
        String v = peerVersion();
        if (!FABRIC_VERSION.equals(v)) {
            return "bin/peer version reports " + (v.isEmpty() ? "nothing (does it run here?)" : "'" + v + "'")
                    + ", expected " + FABRIC_VERSION;
        }
        return null;
    }
}
