package org.diac.mapper.vrf;

import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * A VRF public key Y = x·B. Only points that decode from a compressed encoding exist as keys, which is what
 * ECVRF_validate_key asks for P-256 (RFC 9381 §5.4.5: Y is not the identity; the cofactor is 1).
 */
public record VrfPublicKey(ECPoint point) {

    public VrfPublicKey {
        if (point == null || point.isInfinity() || !point.isValid()) {
            throw new IllegalArgumentException("a VRF public key is a point of P-256 other than the identity");
        }
        point = point.normalize();
    }

    /** The key the 33-byte PK_string names, or empty when it names no valid key. */
    public static Optional<VrfPublicKey> fromBytes(byte[] encoded) {
        return PointCodec.decode(encoded).map(VrfPublicKey::new);
    }

    /** PK_string: the compressed SEC1 encoding, 33 bytes. */
    public byte[] toBytes() {
        return PointCodec.encode(point);
    }

    @Override
    public String toString() {
        return "VrfPublicKey[" + Hex.toHexString(toBytes()) + "]";
    }
}
