package org.diac.chain.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where DiaC keeps its local state and where the repository is.
 *
 * <p>State lives under {@code ${DIAC_HOME:-<repo>/.diac}}; the network's part is {@code network/}. The
 * repository root is found by walking up from the working directory to the folder that holds
 * {@code org.diac.chain/pom.xml} (or given by the system property {@code diac.repo}). The repository is only needed
 * to find the chaincode jar built there; Fabric itself comes from {@link FabricInstaller}.
 */
public final class DiacPaths {

    static final String REPO_MARKER = "org.diac.chain/pom.xml";

    private final Path home;
    private final Optional<Path> repoRoot;

    public DiacPaths(Path home, Optional<Path> repoRoot) {
        this.home = home.toAbsolutePath().normalize();
        this.repoRoot = repoRoot.map(p -> p.toAbsolutePath().normalize());
    }

    /** Resolves {@code --home}, then {@code -Ddiac.home}, then {@code DIAC_HOME}, then {@code <repo>/.diac}. */
    public static DiacPaths resolve(Path explicitHome) {
        Optional<Path> repo = findRepoRoot();
        Path home = explicitHome;
        if (home == null && System.getProperty("diac.home") != null) {
            home = Path.of(System.getProperty("diac.home"));
        }
        if (home == null && notBlank(System.getenv("DIAC_HOME"))) {
            home = Path.of(System.getenv("DIAC_HOME"));
        }
        if (home == null) {
            home = repo.orElse(Path.of("")).resolve(".diac");
        }
        return new DiacPaths(home, repo);
    }

    static Optional<Path> findRepoRoot() {
        String prop = System.getProperty("diac.repo");
        if (notBlank(prop)) {
            return Optional.of(Path.of(prop));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve(REPO_MARKER))) {
                return Optional.of(dir);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    public Path home() {
        return home;
    }

    public Path networkDir() {
        return home.resolve("network");
    }

    public Optional<Path> repoRoot() {
        return repoRoot;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
