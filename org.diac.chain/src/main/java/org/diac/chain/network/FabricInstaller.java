package org.diac.chain.network;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the Fabric installation the way users have one, in this order:
 *
 * <ol>
 * <li>{@code DIAC_FABRIC_HOME}: a folder with {@code bin/}, {@code config/} and {@code builders/ccaas/} (Fabric's
 * release archive unpacked, as Fabric's install script leaves it), used in place;</li>
 * <li>the project's cache {@code ${DIAC_CACHE:-$HOME/.cache/diac}/fabric/<version>}, when complete;</li>
 * <li>{@code DIAC_FABRIC_DIST}: a release archive (.tar.gz or .tar.xz), checked against {@code DIAC_FABRIC_SHA256}
 * and a {@code SHA256SUMS} file beside it, unpacked into a temporary folder beside the cache, checked
 * ({@code bin/peer version} must report the expected version) and only then moved into place, so an
 * interrupted or refused unpack never leaves a half installation behind.</li>
 * </ol>
 *
 * Anything else is one {@link NetworkException} naming both ways to get Fabric.
 */
public final class FabricInstaller {

    public static final String HOME_VAR = "DIAC_FABRIC_HOME";
    public static final String DIST_VAR = "DIAC_FABRIC_DIST";
    public static final String SHA256_VAR = "DIAC_FABRIC_SHA256";
    public static final String CACHE_VAR = "DIAC_CACHE";

    private final Map<String, String> env;
    private final Path cacheRoot;
    private final Consumer<String> progress;

    FabricInstaller(Map<String, String> env, Path cacheRoot, Consumer<String> progress) {
        this.env = env;
        this.cacheRoot = cacheRoot.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /** Reads the variables above from this process's environment. */
    public static FabricInstaller fromEnvironment(Consumer<String> progress) {
        Map<String, String> env = System.getenv();
        String cache = env.get(CACHE_VAR);
        // $HOME, not user.home (which Java takes from the password database), so that HOME=... moves the cache
        String home = DiacPaths.notBlank(env.get("HOME")) ? env.get("HOME") : System.getProperty("user.home");
        Path root = DiacPaths.notBlank(cache) ? Path.of(cache) : Path.of(home, ".cache", "diac");
        return new FabricInstaller(env, root, progress);
    }

    /** Where an unpacked archive goes: {@code <cache>/fabric/<version>}. */
    public Path cacheDir() {
        return cacheRoot.resolve("fabric").resolve(FabricBinaries.FABRIC_VERSION);
    }

    /** The installation to use (see class comment); unpacks the archive on first use. */
    public FabricBinaries install() {
        String home = env.get(HOME_VAR);
        if (DiacPaths.notBlank(home)) {
            FabricBinaries b = new FabricBinaries(Path.of(home));
            String problem = b.problem();
            if (problem != null) {
                throw new NetworkException(HOME_VAR + "=" + home + " is not a Fabric " + FabricBinaries.FABRIC_VERSION
                        + " installation: " + problem);
            }
            return b;
        }
        FabricBinaries cached = new FabricBinaries(cacheDir());
        if (Files.isDirectory(cacheDir()) && cached.problem() == null) {
            return cached;
        }
        String dist = env.get(DIST_VAR);
        if (DiacPaths.notBlank(dist)) {
            return unpack(new FabricArchive(Path.of(dist)));
        }
        throw new NetworkException(notFoundMessage());
    }

    String notFoundMessage() {
        String v = FabricBinaries.FABRIC_VERSION;
        return "Hyperledger Fabric " + v + " was not found (no " + HOME_VAR + ", no " + DIST_VAR + ", nothing in "
                + cacheDir() + "). Get it one of two ways:\n"
                + "  - Fabric's release archive hyperledger-fabric-linux-amd64-" + v + ".tar.gz (from Fabric's "
                + "releases, or fetched by Fabric's official install script: install-fabric.sh --fabric-version " + v
                + " binary), then " + DIST_VAR + "=/path/to/the/archive (.tar.gz or .tar.xz; checked against "
                + SHA256_VAR + " and a SHA256SUMS file beside it, unpacked once into " + cacheDir() + ");\n"
                + "  - or an unpacked installation (a folder with bin/, config/ and builders/ccaas/): "
                + HOME_VAR + "=/path/to/the/folder.";
    }

    private FabricBinaries unpack(FabricArchive archive) {
        if (!Files.isRegularFile(archive.file())) {
            throw new NetworkException(DIST_VAR + "=" + archive.file() + ": no such file");
        }
        long t0 = System.nanoTime();
        String sha = archive.verify(Optional.ofNullable(env.get(SHA256_VAR)).filter(DiacPaths::notBlank));
        progress.accept("  Fabric archive " + archive.file().getFileName() + ": SHA-256 " + sha);
        Path target = cacheDir();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".unpack-");
            archive.unpackTo(tmp);
            FabricBinaries unpacked = new FabricBinaries(tmp);
            String problem = unpacked.problem();
            if (problem != null) {
                throw new NetworkException(archive.file() + " is not a Fabric " + FabricBinaries.FABRIC_VERSION
                        + " release archive for this machine: " + problem);
            }
            Files.writeString(tmp.resolve(".diac-source"), archive.file() + "\n" + sha + "\n");
            moveIntoPlace(tmp, target);
            tmp = null;
            progress.accept(String.format("  Fabric %s unpacked into %s (%.1f s)", FabricBinaries.FABRIC_VERSION,
                    target, (System.nanoTime() - t0) / 1e9));
            return new FabricBinaries(target);
        } catch (IOException e) {
            throw new NetworkException("cannot install Fabric into " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Replaces an incomplete folder at {@code target}; keeps a complete one another process moved in first. */
    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        if (Files.exists(target)) {
            if (new FabricBinaries(target).problem() == null) {
                deleteQuietly(tmp);
                return;
            }
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.move(target, old.resolve("x"), StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(old);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            if (new FabricBinaries(target).problem() != null) {
                throw e;
            }
            deleteQuietly(tmp); // a concurrent install won the race with an equally good copy
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            CryptoMaterialGenerator.deleteRecursively(p);
        } catch (IOException ignored) {
            // a leftover temporary folder (hidden, beside the cache) is harmless
        }
    }
}
