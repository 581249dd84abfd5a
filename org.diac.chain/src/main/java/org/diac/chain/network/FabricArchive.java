package org.diac.chain.network;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A Fabric release archive: {@code hyperledger-fabric-linux-amd64-<version>.tar.gz} as Fabric publishes it, or
 * the same layout as {@code .tar.xz}. The compression is recognised by its magic bytes, not the file name.
 *
 * <p>Read with Apache Commons Compress (and XZ for Java) rather than by running {@code tar}: no dependency on
 * the machine's tar/xz, and each entry is checked before it is written (no absolute paths, no {@code ..}, no
 * links leaving the folder), with its permission bits kept so that {@code bin/*} stay executable.
 */
final class FabricArchive {

    private static final Pattern SUMS_LINE = Pattern.compile("^([0-9a-fA-F]{64})\\s+\\*?(.+)$");

    private final Path file;

    FabricArchive(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    String sha256() {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new NetworkException("cannot read the Fabric archive " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The archive's checksum as listed in a {@code SHA256SUMS} file beside it, if there is one that lists it. */
    Optional<String> listedSha256() {
        Path sums = file.resolveSibling("SHA256SUMS");
        if (!Files.isRegularFile(sums)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(sums)) {
                Matcher m = SUMS_LINE.matcher(line.trim());
                if (m.matches() && Path.of(m.group(2).trim()).getFileName().toString()
                        .equals(file.getFileName().toString())) {
                    return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new NetworkException("cannot read " + sums + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses the archive when its SHA-256 differs from {@code expected} (DIAC_FABRIC_SHA256) or from its line in
     * SHA256SUMS. Returns the actual SHA-256 and a word on what it was compared with.
     */
    String verify(Optional<String> expected) {
        String actual = sha256();
        StringBuilder checked = new StringBuilder();
        if (expected.isPresent()) {
            if (!actual.equalsIgnoreCase(expected.get().trim())) {
                throw new NetworkException("SHA-256 of " + file + " is " + actual + ", but DIAC_FABRIC_SHA256 says "
                        + expected.get().trim() + ": archive refused");
            }
            checked.append("matches DIAC_FABRIC_SHA256");
        }
        Optional<String> listed = listedSha256();
        if (listed.isPresent()) {
            if (!actual.equals(listed.get())) {
                throw new NetworkException("SHA-256 of " + file + " is " + actual + ", but "
                        + file.resolveSibling("SHA256SUMS") + " says " + listed.get() + ": archive refused");
            }
            checked.append(checked.length() > 0 ? " and " : "").append("matches SHA256SUMS");
        }
        return actual + (checked.length() > 0 ? " (" + checked + ")"
                : " (not compared: no SHA256SUMS beside it and no DIAC_FABRIC_SHA256)");
    }

    /** Unpacks every entry below {@code target} (which must exist and be empty). */
    void unpackTo(Path target) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                InputStream plain = decompressed(raw);
                TarArchiveInputStream tar = new TarArchiveInputStream(plain)) {
            TarArchiveEntry e;
            int entries = 0;
            while ((e = tar.getNextEntry()) != null) {
                entries++;
                Path out = inside(target, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Path link = Path.of(e.getLinkName());
                    if (link.isAbsolute() || !out.getParent().resolve(link).normalize().startsWith(target)) {
                        throw new NetworkException("archive entry " + e.getName() + " links outside the archive");
                    }
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, link);
                } else if (e.isFile()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, permissions(e.getMode()));
                } else {
                    throw new NetworkException("archive entry " + e.getName() + " is of an unsupported kind");
                }
            }
            if (entries == 0) {
                throw new NetworkException(file + " holds no files");
            }
        } catch (IOException e) {
            throw new NetworkException("cannot unpack " + file + " (truncated or damaged?): " + e.getMessage(), e);
        }
    }

    private InputStream decompressed(InputStream raw) throws IOException {
        raw.mark(8);
        byte[] magic = raw.readNBytes(6);
        raw.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GzipCompressorInputStream(raw, true);
        }
        if (magic.length == 6 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X'
                && magic[4] == 'Z' && magic[5] == 0) {
            return new XZCompressorInputStream(raw);
        }
        throw new NetworkException(file + " is neither a .tar.gz nor a .tar.xz archive");
    }

    /** The entry's path below {@code target}; refuses absolute names and names that climb out with {@code ..}. */
    static Path inside(Path target, String name) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        Path out = target.resolve(n).normalize();
        if (n.startsWith("/") || !out.startsWith(target)) {
            throw new NetworkException("archive entry " + name + " points outside the archive's folder");
        }
        return out;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                p.add(bits[i]);
            }
        }
        return p;
    }
}
