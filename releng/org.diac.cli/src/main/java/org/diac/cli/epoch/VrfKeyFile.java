package org.diac.cli.epoch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bouncycastle.util.encoders.Hex;
import org.diac.mapper.vrf.VrfSecretKey;

/** A secret VRF key file as {@code diac vrf keygen --out} writes it: 64 hex digits. */
public final class VrfKeyFile {

    private VrfKeyFile() {
    }

    /** The key, or empty when the file holds none; IOException when unreadable. */
    public static Optional<VrfSecretKey> read(Path file) throws IOException {
        String hex = Files.readString(file).strip();
        return hex.matches("[0-9a-fA-F]{64}") ? VrfSecretKey.fromBytes(Hex.decode(hex)) : Optional.empty();
    }
}
