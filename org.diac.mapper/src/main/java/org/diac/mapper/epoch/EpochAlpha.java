package org.diac.mapper.epoch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The VRF input of an epoch (MAPPER-DEPLOYER.md §1.5), from ledger state only, so every endorser derives the same:
 * alpha_e = SHA-256("DiaC/mapper/v1/alpha" ‖ u32be(len name) ‖ name (UTF-8) ‖ u64be(e) ‖ beta_{e-1}), where
 * beta_{e-1} is the previous epoch's seed and, for the first epoch, {@link #GENESIS} (32 zero bytes). The name
 * separates documents; the previous seed chains the epochs, so nobody knows alpha_e before epoch e-1 is stored.
 */
public final class EpochAlpha {

    /** The seed "before" epoch 1. */
    public static final byte[] GENESIS = new byte[32];
    private static final byte[] LABEL = "DiaC/mapper/v1/alpha".getBytes(StandardCharsets.US_ASCII);

    private EpochAlpha() {
    }

    /** alpha for epoch {@code epoch} (1 or more) of document {@code name}; {@code previousSeed} null means genesis. */
    public static byte[] of(String name, long epoch, byte[] previousSeed) {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs start at 1, got " + epoch);
        }
        byte[] previous = previousSeed == null ? GENESIS : previousSeed;
        if (previous.length != 32) {
            throw new IllegalArgumentException("the previous seed is 32 bytes, got " + previous.length);
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LABEL);
            sha.update(ByteBuffer.allocate(4).putInt(n.length).array());
            sha.update(n);
            sha.update(ByteBuffer.allocate(8).putLong(epoch).array());
            sha.update(previous);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
