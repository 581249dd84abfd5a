package org.diac.mapper.vrf;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;

/** A proof pi = (Gamma, c, s) (RFC 9381 §5.1 step 9; decoded as ECVRF_decode_proof, §5.4.4). */
public record VrfProof(ECPoint gamma, BigInteger c, BigInteger s) {

    public VrfProof {
        if (gamma == null || gamma.isInfinity() || c == null || c.signum() < 0 || c.bitLength() > 8 * P256Sha256Tai.CHALLENGE_LENGTH
                || s == null || s.signum() < 0 || s.compareTo(P256Sha256Tai.ORDER) >= 0) {
            throw new IllegalArgumentException("a proof is a point Gamma, a 128-bit c and an s in [0, q-1]");
        }
        gamma = gamma.normalize();
    }

    /** The 81 bytes: point_to_string(Gamma) ‖ int_to_string(c, 16) ‖ int_to_string(s, 32). */
    public byte[] toBytes() {
        byte[] pi = new byte[P256Sha256Tai.PROOF_LENGTH];
        System.arraycopy(PointCodec.encode(gamma), 0, pi, 0, P256Sha256Tai.POINT_LENGTH);
        System.arraycopy(BigIntegers.asUnsignedByteArray(P256Sha256Tai.CHALLENGE_LENGTH, c), 0, pi,
                P256Sha256Tai.POINT_LENGTH, P256Sha256Tai.CHALLENGE_LENGTH);
        System.arraycopy(BigIntegers.asUnsignedByteArray(P256Sha256Tai.SCALAR_LENGTH, s), 0, pi,
                P256Sha256Tai.POINT_LENGTH + P256Sha256Tai.CHALLENGE_LENGTH, P256Sha256Tai.SCALAR_LENGTH);
        return pi;
    }

    /**
     * ECVRF_decode_proof: the proof {@code pi} spells, or the reason it spells none (wrong length, Gamma not a
     * compressed curve point, s not below q).
     */
    static Decoded decode(byte[] pi) {
        if (pi.length != P256Sha256Tai.PROOF_LENGTH) {
            return new Decoded(null, "the proof is " + pi.length + " bytes, an ECVRF-P256-SHA256-TAI proof is "
                    + P256Sha256Tai.PROOF_LENGTH);
        }
        byte[] gammaString = Arrays.copyOfRange(pi, 0, P256Sha256Tai.POINT_LENGTH);
        var gamma = PointCodec.decode(gammaString);
        if (gamma.isEmpty()) {
            return new Decoded(null, "Gamma (" + Hex.toHexString(gammaString) + ") is not a compressed point of P-256");
        }
        int sStart = P256Sha256Tai.POINT_LENGTH + P256Sha256Tai.CHALLENGE_LENGTH;
        BigInteger c = new BigInteger(1, Arrays.copyOfRange(pi, P256Sha256Tai.POINT_LENGTH, sStart));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(pi, sStart, P256Sha256Tai.PROOF_LENGTH));
        if (s.compareTo(P256Sha256Tai.ORDER) >= 0) {
            return new Decoded(null, "s is not below the group order q");
        }
        return new Decoded(new VrfProof(gamma.get(), c, s), null);
    }

    /** Either a proof or the reason there is none. */
    record Decoded(VrfProof proof, String reason) {
    }
}
