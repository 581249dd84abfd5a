package org.diac.mapper.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The randomness expansion: fixed by SHA-256 alone, separated by label and epoch, uniform in range. */
class SeedStreamTest {

    @Test
    void theFirstDrawIsTheFirstEightBytesOfTheSpecifiedHash() throws Exception {
        byte[] seed = Fixtures.seed(0);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        in.write("DiaC/mapper/v1".getBytes("US-ASCII"));
        in.write(java.nio.ByteBuffer.allocate(8).putLong(9).array());
        in.write(seed);
        in.write(java.nio.ByteBuffer.allocate(4).putInt(5).array());
        in.write("order".getBytes("UTF-8"));
        in.write(new byte[4]);
        byte[] block = java.security.MessageDigest.getInstance("SHA-256").digest(in.toByteArray());
        assertEquals(java.nio.ByteBuffer.wrap(block).getLong(), new SeedStream(seed, 9, "order").nextLong());
    }

    @Test
    void labelsAndEpochsGiveIndependentStreams() {
        byte[] seed = Fixtures.seed(0);
        assertNotEquals(new SeedStream(seed, 1, "order").nextLong(), new SeedStream(seed, 1, "offset").nextLong());
        assertNotEquals(new SeedStream(seed, 1, "order").nextLong(), new SeedStream(seed, 2, "order").nextLong());
    }

    @Test
    void uniformStaysInRangeAndHitsEveryValue() {
        SeedStream stream = new SeedStream(Fixtures.seed(1), 0, "t");
        int[] hits = new int[7];
        for (int i = 0; i < 7000; i++) {
            hits[stream.uniform(7)]++;
        }
        for (int h : hits) {
            assertTrue(h > 800 && h < 1200, java.util.Arrays.toString(hits));
        }
        assertEquals(0, stream.uniform(1));
    }
}
