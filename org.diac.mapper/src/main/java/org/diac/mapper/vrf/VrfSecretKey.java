package org.diac.mapper.vrf;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;

import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;

/** A VRF secret key: the scalar x in [1, q-1] (RFC 9381 §5.5, key generation as SECG SEC1 §3.2.1). */
public record VrfSecretKey(BigInteger scalar) {

    public VrfSecretKey {
        if (scalar == null || scalar.signum() <= 0 || scalar.compareTo(P256Sha256Tai.ORDER) >= 0) {
            throw new IllegalArgumentException("a P-256 VRF secret key is an integer in [1, q-1]");
        }
    }

    /** A fresh key from {@code random}: uniform in [1, q-1]. */
    public static VrfSecretKey generate(SecureRandom random) {
        return new VrfSecretKey(BigIntegers.createRandomInRange(BigInteger.ONE,
                P256Sha256Tai.ORDER.subtract(BigInteger.ONE), random));
    }

    /** The key the 32-byte big-endian {@code bytes} spell (RFC 9381 §5.5 SK), or empty when they spell none. */
    public static Optional<VrfSecretKey> fromBytes(byte[] bytes) {
        if (bytes.length != P256Sha256Tai.SCALAR_LENGTH) {
            return Optional.empty();
        }
        BigInteger x = new BigInteger(1, bytes);
        return x.signum() > 0 && x.compareTo(P256Sha256Tai.ORDER) < 0 ? Optional.of(new VrfSecretKey(x)) : Optional.empty();
    }

    public byte[] toBytes() {
        return BigIntegers.asUnsignedByteArray(P256Sha256Tai.SCALAR_LENGTH, scalar);
    }

    public VrfPublicKey publicKey() {
        return new VrfPublicKey(P256Sha256Tai.GENERATOR.multiply(scalar).normalize());
    }

    /** Never the scalar: a key that ends up in a log or an exception message stays secret. */
    @Override
    public String toString() {
        return "VrfSecretKey[public " + Hex.toHexString(publicKey().toBytes()) + "]";
    }
}
