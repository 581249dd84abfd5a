package org.diac.mapper.vrf;

import java.math.BigInteger;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECVRF_challenge_generation (RFC 9381 §5.4.3): the first cLen = 16 bytes of SHA-256(suite, 0x02, Y, H, Gamma,
 * U, V, 0x00), points compressed, read as a big-endian integer.
 */
final class Challenge {

    private Challenge() {
    }

    static BigInteger of(ECPoint y, ECPoint h, ECPoint gamma, ECPoint u, ECPoint v) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(P256Sha256Tai.SUITE);
        digest.update(P256Sha256Tai.CHALLENGE_FRONT);
        for (ECPoint point : new ECPoint[] { y, h, gamma, u, v }) {
            byte[] encoded = PointCodec.encode(point);
            digest.update(encoded, 0, encoded.length);
        }
        digest.update(P256Sha256Tai.BACK);
        byte[] hash = new byte[P256Sha256Tai.HASH_LENGTH];
        digest.doFinal(hash, 0);
        return new BigInteger(1, java.util.Arrays.copyOf(hash, P256Sha256Tai.CHALLENGE_LENGTH));
    }
}
