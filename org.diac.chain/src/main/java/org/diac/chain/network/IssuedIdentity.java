package org.diac.chain.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An operator identity on disk, as {@link IdentityIssuer} writes it and clients read it:
 *
 * <pre>
 * &lt;network folder&gt;/identities/&lt;name&gt;/
 *   cert.pem   the X.509 certificate (PEM), signed by the organization's CA
 *   key.pem    its ECDSA P-256 private key (PKCS#8 PEM), mode 600
 *   msp-id     the MSP ID (one line, e.g. Org1MSP)
 *   msp/       the same identity as an MSP folder for Fabric's peer CLI (signcerts, keystore, cacerts, config.yaml)
 * </pre>
 */
public record IssuedIdentity(String name, String mspId, Path dir) {

    public static final String FOLDER = "identities";

    public Path certificate() {
        return dir.resolve("cert.pem");
    }

    public Path privateKey() {
        return dir.resolve("key.pem");
    }

    public Path mspDir() {
        return dir.resolve("msp");
    }

    /** The identities folder of a network folder. */
    public static Path folder(Path networkRoot) {
        return networkRoot.resolve(FOLDER);
    }

    /** The identity {@code name} under {@code networkRoot}, when it is complete. */
    public static Optional<IssuedIdentity> read(Path networkRoot, String name) {
        Path dir = folder(networkRoot).resolve(name);
        try {
            if (!Files.isRegularFile(dir.resolve("cert.pem")) || !Files.isRegularFile(dir.resolve("key.pem"))
                    || !Files.isRegularFile(dir.resolve("msp-id"))) {
                return Optional.empty();
            }
            String msp = Files.readString(dir.resolve("msp-id"), StandardCharsets.UTF_8).strip();
            return Optional.of(new IssuedIdentity(name, msp, dir));
        } catch (IOException e) {
            throw new NetworkException("cannot read identity " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every complete identity under {@code networkRoot}, by name. */
    public static List<IssuedIdentity> list(Path networkRoot) {
        Path folder = folder(networkRoot);
        List<IssuedIdentity> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith(".")) {
                    read(networkRoot, n).ifPresent(result::add);
                }
            }
        } catch (IOException e) {
            throw new NetworkException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return result;
    }
}
