package org.diac.mapper.epoch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochAlphaTest {

    @Test
    void alphaIsTheSpecifiedHashOfNameEpochAndPreviousSeed() throws Exception {
        byte[] previous = new byte[32];
        Arrays.fill(previous, (byte) 7);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("DiaC/mapper/v1/alpha".getBytes(StandardCharsets.US_ASCII));
        sha.update(ByteBuffer.allocate(4).putInt(3).array());
        sha.update("net".getBytes(StandardCharsets.UTF_8));
        sha.update(ByteBuffer.allocate(8).putLong(5).array());
        sha.update(previous);
        assertArrayEquals(sha.digest(), EpochAlpha.of("net", 5, previous));
    }

    @Test
    void firstEpochChainsFromTheZeroGenesisSeed() {
        assertArrayEquals(EpochAlpha.of("net", 1, new byte[32]), EpochAlpha.of("net", 1, null));
    }

    @Test
    void documentsEpochsAndSeedsSeparateAlphas() {
        byte[] a = EpochAlpha.of("net", 2, null);
        assertFalse(Arrays.equals(a, EpochAlpha.of("net2", 2, null)));
        assertFalse(Arrays.equals(a, EpochAlpha.of("net", 3, null)));
        byte[] other = new byte[32];
        other[31] = 1;
        assertFalse(Arrays.equals(a, EpochAlpha.of("net", 2, other)));
    }

    @Test
    void epochZeroAndShortSeedsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EpochAlpha.of("net", 0, null));
        assertThrows(IllegalArgumentException.class, () -> EpochAlpha.of("net", 1, new byte[31]));
    }

    @Test
    void proposersTakeTurnsInCanonicalOrder() {
        List<String> candidates = List.of("carol", "alice", "bob");
        assertEquals(List.of("alice", "bob", "carol"), ProposerRotation.canonical(candidates));
        assertEquals("bob", ProposerRotation.proposer(candidates, 1));
        assertEquals("carol", ProposerRotation.proposer(candidates, 2));
        assertEquals("alice", ProposerRotation.proposer(candidates, 3));
        assertEquals(null, ProposerRotation.proposer(List.of(), 3));
    }
}
