package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and installing Fabric, with small fake release archives whose {@code bin/peer} is a shell script. */
class FabricInstallerTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private Path cacheRoot() {
        return dir.resolve("cache");
    }

    private FabricInstaller installer() {
        return new FabricInstaller(env, cacheRoot(), line -> { });
    }

    /** The release layout; {@code peer version} prints {@code version}. */
    private static Map<String, String> release(String version) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bin/peer", "#!/bin/sh\necho 'peer:'\necho ' Version: " + version + "'\necho ' Commit SHA: f871cf9'\n");
        for (String b : List.of("orderer", "configtxgen", "cryptogen", "osnadmin", "configtxlator")) {
            files.put("bin/" + b, "#!/bin/sh\nexit 0\n");
        }
        files.put("config/core.yaml", "peer:\n  id: x\nvm:\n  endpoint: unix:///var/run/docker.sock\n");
        files.put("config/orderer.yaml", "General:\n  ListenPort: 7050\n");
        for (String s : List.of("detect", "build", "release")) {
            files.put("builders/ccaas/bin/" + s, "#!/bin/sh\nexit 0\n");
        }
        return files;
    }

    private Path archive(String name, Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream c = name.endsWith(".xz") ? new XZCompressorOutputStream(bytes)
                : new GzipCompressorOutputStream(bytes);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(c)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(data.length);
                e.setMode(f.getKey().contains("bin/") ? 0100755 : 0100644);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        Path p = dir.resolve("dist").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes.toByteArray());
        return p;
    }

    private static void writeSums(Path archive, String sha) throws IOException {
        Files.writeString(archive.resolveSibling("SHA256SUMS"), sha + "  " + archive.getFileName() + "\n");
    }

    private void assertNothingInstalled() throws IOException {
        Path fabric = cacheRoot().resolve("fabric");
        if (Files.isDirectory(fabric)) {
            try (Stream<Path> s = Files.list(fabric)) {
                assertEquals(List.of(), s.toList(), "no installation and no temporary folder may be left behind");
            }
        }
    }

    @Test
    void tarXzCheckedAgainstSha256SumsIsUnpackedWithExecutableBits() throws IOException {
        Path a = archive("hyperledger-fabric-linux-amd64-2.5.16.tar.xz", release("2.5.16"));
        writeSums(a, new FabricArchive(a).sha256());
        env.put(FabricInstaller.DIST_VAR, a.toString());

        FabricBinaries b = installer().install();

        assertEquals(installer().cacheDir(), b.home());
        assertEquals(cacheRoot().resolve("fabric").resolve(FabricBinaries.FABRIC_VERSION), b.home());
        assertTrue(Files.isExecutable(b.bin("peer")) && Files.isExecutable(b.ccaasBuilder().resolve("bin/build")));
        assertFalse(Files.isExecutable(b.configDir().resolve("core.yaml")));
        assertEquals("2.5.16", b.peerVersion());
        try (Stream<Path> s = Files.list(b.home().getParent())) {
            assertEquals(List.of(b.home()), s.toList(), "only the installation, no temporary folder");
        }
    }

    @Test
    void tarGzCheckedAgainstDiacFabricSha256IsUnpacked() throws IOException {
        Path a = archive("hyperledger-fabric-linux-amd64-2.5.16.tar.gz", release("2.5.16"));
        env.put(FabricInstaller.DIST_VAR, a.toString());
        env.put(FabricInstaller.SHA256_VAR, new FabricArchive(a).sha256().toUpperCase());
        assertEquals(List.of(), installer().install().missing());
    }

    @Test
    void wrongSha256IsRefused() throws IOException {
        Path a = archive("f.tar.gz", release("2.5.16"));
        env.put(FabricInstaller.DIST_VAR, a.toString());
        char[] zeros = new char[64];
        Arrays.fill(zeros, '0');
        env.put(FabricInstaller.SHA256_VAR, new String(zeros));
        assertThrows(NetworkException.class, () -> installer().install());
        assertNothingInstalled();
    }

    @Test
    void sha256SumsMismatchIsRefused() throws IOException {
        Path a = archive("f.tar.xz", release("2.5.16"));
        char[] f = new char[64];
        Arrays.fill(f, 'f');
        writeSums(a, new String(f));
        env.put(FabricInstaller.DIST_VAR, a.toString());
        assertThrows(NetworkException.class, () -> installer().install());
        assertNothingInstalled();
    }

    @Test
    void truncatedArchiveIsRefusedAndNothingIsHalfInstalled() throws IOException {
        for (String name : List.of("f.tar.xz", "f.tar.gz")) {
            Path a = archive(name, release("2.5.16"));
            byte[] whole = Files.readAllBytes(a);
            Files.write(a, Arrays.copyOf(whole, whole.length / 2));
            env.put(FabricInstaller.DIST_VAR, a.toString());
            assertThrows(NetworkException.class, () -> installer().install(), name);
            assertNothingInstalled();
        }
    }

    @Test
    void archiveWithoutBinPeerIsRefused() throws IOException {
        Map<String, String> files = release("2.5.16");
        files.remove("bin/peer");
        env.put(FabricInstaller.DIST_VAR, archive("f.tar.gz", files).toString());
        assertThrows(NetworkException.class, () -> installer().install());
        assertNothingInstalled();
    }

    @Test
    void archiveOfAnotherVersionIsRefused() throws IOException {
        env.put(FabricInstaller.DIST_VAR, archive("f.tar.gz", release("2.5.15")).toString());
        assertThrows(NetworkException.class, () -> installer().install());
        assertNothingInstalled();
    }

    @Test
    void entryClimbingOutOfTheFolderIsRefused() throws IOException {
        Map<String, String> files = release("2.5.16");
        files.put("../escaped", "x");
        env.put(FabricInstaller.DIST_VAR, archive("f.tar.gz", files).toString());
        assertThrows(NetworkException.class, () -> installer().install());
        assertFalse(Files.exists(cacheRoot().resolve("fabric").resolve("escaped")));
        assertNothingInstalled();
    }

    @Test
    void notAnArchiveIsRefused() throws IOException {
        Path a = dir.resolve("f.tar.gz");
        Files.writeString(a, "not compressed");
        env.put(FabricInstaller.DIST_VAR, a.toString());
        assertThrows(NetworkException.class, () -> installer().install());
        assertNothingInstalled();
    }

    @Test
    void cacheIsReusedWithoutReadingTheArchiveAgain() throws IOException {
        Path a = archive("f.tar.xz", release("2.5.16"));
        env.put(FabricInstaller.DIST_VAR, a.toString());
        FabricBinaries first = installer().install();
        Files.delete(a);
        FabricBinaries second = installer().install();
        assertEquals(first.home(), second.home());
        env.remove(FabricInstaller.DIST_VAR);
        assertEquals(first.home(), installer().install().home(), "the cache alone is enough");
    }

    @Test
    void incompleteCacheIsReplaced() throws IOException {
        Files.createDirectories(installer().cacheDir().resolve("bin"));
        Files.writeString(installer().cacheDir().resolve("bin/peer"), "broken");
        env.put(FabricInstaller.DIST_VAR, archive("f.tar.gz", release("2.5.16")).toString());
        assertEquals(List.of(), installer().install().missing());
        assertEquals("2.5.16", new FabricBinaries(installer().cacheDir()).peerVersion());
    }

    @Test
    void fabricHomeIsUsedInPlaceAndCheckedFirst() throws IOException {
        Path a = archive("f.tar.gz", release("2.5.16"));
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        new FabricArchive(a).unpackTo(home);
        env.put(FabricInstaller.HOME_VAR, home.toString());
        env.put(FabricInstaller.DIST_VAR, dir.resolve("no-such-archive.tar.gz").toString());
        assertEquals(home, installer().install().home());
        assertNothingInstalled();

        Files.delete(home.resolve("bin/peer"));
        NetworkException e = assertThrows(NetworkException.class, () -> installer().install());
        assertTrue(e.getMessage().contains("bin/peer"), e.getMessage());
    }

    @Test
    void withoutFabricOneMessageNamesBothWays() {
        NetworkException e = assertThrows(NetworkException.class, () -> installer().install());
        for (String s : List.of(FabricInstaller.HOME_VAR, FabricInstaller.DIST_VAR, "install-fabric.sh",
                "hyperledger-fabric-linux-amd64-" + FabricBinaries.FABRIC_VERSION + ".tar.gz")) {
            assertTrue(e.getMessage().contains(s), s + " in: " + e.getMessage());
        }
    }
}
