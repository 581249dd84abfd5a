package org.diac.mapper.vrf;

import java.math.BigInteger;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The parameters of ECVRF-P256-SHA256-TAI (RFC 9381 §5.5): NIST P-256, SHA-256, try-and-increment
 * encode-to-curve, RFC 6979 nonces, SEC1 compressed points, big-endian integers.
 */
final class P256Sha256Tai {

    /** suite_string (RFC 9381 §5.5). */
    static final byte SUITE = 0x01;

    /** Domain separators of RFC 9381 §5.4.1.1, §5.4.3, §5.2: each hash input starts with SUITE and one of these. */
    static final byte ENCODE_TO_CURVE_FRONT = 0x01;
    static final byte CHALLENGE_FRONT = 0x02;
    static final byte PROOF_TO_HASH_FRONT = 0x03;
    static final byte BACK = 0x00;

    /** ptLen, cLen, qLen (RFC 9381 §5.5): a proof is ptLen + cLen + qLen = 81 bytes; beta is hLen = 32. */
    static final int POINT_LENGTH = 33;
    static final int CHALLENGE_LENGTH = 16;
    static final int SCALAR_LENGTH = 32;
    static final int PROOF_LENGTH = POINT_LENGTH + CHALLENGE_LENGTH + SCALAR_LENGTH;
    static final int HASH_LENGTH = 32;

    /** The constant-time custom curve implementation of BouncyCastle, not the generic one from ECNamedCurveTable. */
    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");

    static final ECCurve CURVE = PARAMETERS.getCurve();
    static final ECPoint GENERATOR = PARAMETERS.getG();
    /** q, the prime order of the group; the cofactor of P-256 is 1, so no cofactor clearing anywhere. */
    static final BigInteger ORDER = PARAMETERS.getN();

    private P256Sha256Tai() {
    }
}
