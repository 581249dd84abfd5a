package org.diac.mapper.vrf;

import java.util.Optional;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECVRF_encode_to_curve_try_and_increment (RFC 9381 §5.4.1.1) with encode_to_curve_salt = PK_string: hash
 * (suite, 0x01, salt, alpha, ctr, 0x00) and read the digest as the X of a point with even Y, until one exists.
 * Its running time depends on alpha only, which is public here (the note in §5.4.1.1).
 */
final class TryAndIncrement {

    private TryAndIncrement() {
    }

    static ECPoint encodeToCurve(byte[] publicKeyString, byte[] alpha) {
        for (int ctr = 0; ctr <= 255; ctr++) {
            SHA256Digest digest = new SHA256Digest();
            digest.update(P256Sha256Tai.SUITE);
            digest.update(P256Sha256Tai.ENCODE_TO_CURVE_FRONT);
            digest.update(publicKeyString, 0, publicKeyString.length);
            digest.update(alpha, 0, alpha.length);
            digest.update((byte) ctr);
            digest.update(P256Sha256Tai.BACK);
            byte[] candidate = new byte[1 + P256Sha256Tai.HASH_LENGTH];
            candidate[0] = 0x02; // interpret_hash_value_as_a_point: string_to_point(0x02 || hash)
            digest.doFinal(candidate, 1);
            Optional<ECPoint> point = PointCodec.decode(candidate);
            if (point.isPresent()) {
                return point.get();
            }
        }
        // each try succeeds with probability about 1/2: 256 failures do not happen (RFC 9381 §5.4.1.1)
        throw new IllegalStateException("try-and-increment found no point in 256 tries");
    }
}
