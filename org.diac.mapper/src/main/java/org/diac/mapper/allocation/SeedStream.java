package org.diac.mapper.allocation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Deterministic randomness for one purpose of one epoch (MAPPER-DEPLOYER.md §2.1): SHA-256 in counter mode,
 * block_i = SHA-256("DiaC/mapper/v1" ‖ u64be(epoch) ‖ seed ‖ u32be(len(label)) ‖ label ‖ u32be(i)). FIPS 180-4 fixes
 * every bit, so every JVM and peer draws the same numbers; java.util.Random, SecureRandom and floating point are
 * avoided on purpose. Each label (select, order, offset, group n) gets its own independent stream.
 */
final class SeedStream {

    private static final byte[] DOMAIN = "DiaC/mapper/v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] prefix;
    private final byte[] block = new byte[32];
    private int counter;
    private int used = block.length;

    SeedStream(byte[] seed, long epoch, String label) {
        byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
        this.prefix = ByteBuffer.allocate(DOMAIN.length + 8 + seed.length + 4 + labelBytes.length).put(DOMAIN).putLong(epoch)
                .put(seed).putInt(labelBytes.length).put(labelBytes).array();
    }

    /** The next 64 bits as an unsigned value in a long's bits. */
    long nextLong() {
        if (used + 8 > block.length) {
            SHA256Digest digest = new SHA256Digest();
            digest.update(prefix, 0, prefix.length);
            byte[] i = ByteBuffer.allocate(4).putInt(counter++).array();
            digest.update(i, 0, i.length);
            digest.doFinal(block, 0);
            used = 0;
        }
        long value = ByteBuffer.wrap(block, used, 8).getLong();
        used += 8;
        return value;
    }

    /**
     * A uniform integer in [0, bound): rejection sampling, so no value is favoured (accept r < 2^64 − (2^64 mod n),
     * MAPPER-DEPLOYER.md §2.1).
     */
    int uniform(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long n = bound;
        // 2^64 mod n, computed as (2^64 − n) mod n in unsigned arithmetic; accept r < 2^64 − that
        long excess = Long.remainderUnsigned(-n, n);
        while (true) {
            long r = nextLong();
            if (excess == 0 || Long.compareUnsigned(r, -excess) < 0) {
                return (int) Long.remainderUnsigned(r, n);
            }
        }
    }

    /** Fisher–Yates (Durstenfeld) shuffle of {@code items} in place, driven by this stream. */
    <T> void shuffle(java.util.List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = uniform(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
