package org.diac.mapper.vrf;

import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;

/** point_to_string and string_to_point of RFC 9381 §5.5 for P-256: SEC1 §2.3.3/§2.3.4 with compression. */
final class PointCodec {

    private PointCodec() {
    }

    /** The 33-byte compressed encoding (0x02 or 0x03, then X). */
    static byte[] encode(ECPoint point) {
        return point.normalize().getEncoded(true);
    }

    /**
     * The point a 33-byte compressed encoding names, or empty when the bytes are not one: wrong length, the
     * identity or an uncompressed form (RFC 9381 admits only compressed points), x not below p, or x not the
     * abscissa of a curve point.
     */
    static Optional<ECPoint> decode(byte[] encoded) {
        if (encoded.length != P256Sha256Tai.POINT_LENGTH || (encoded[0] != 0x02 && encoded[0] != 0x03)) {
            return Optional.empty();
        }
        try {
            ECPoint point = P256Sha256Tai.CURVE.decodePoint(encoded);
            return point.isInfinity() || !point.isValid() ? Optional.empty() : Optional.of(point);
        } catch (IllegalArgumentException e) {
            // BouncyCastle's answer to "x out of range" and "no square root": not a point
            return Optional.empty();
        }
    }
}
