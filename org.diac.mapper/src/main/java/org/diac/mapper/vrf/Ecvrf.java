package org.diac.mapper.vrf;

import java.math.BigInteger;
import java.util.Optional;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECVRF-P256-SHA256-TAI (RFC 9381): prove, verify and proof-to-hash. Everything is integer arithmetic and
 * SHA-256, so every endorsing peer computes the same beta from the same proof.
 */
public final class Ecvrf {

    private Ecvrf() {
    }

    /** ECVRF_prove (RFC 9381 §5.1): the proof that {@code secretKey} maps {@code alpha} to its beta. */
    public static VrfProof prove(VrfSecretKey secretKey, byte[] alpha) {
        BigInteger x = secretKey.scalar();
        VrfPublicKey publicKey = secretKey.publicKey();
        ECPoint h = TryAndIncrement.encodeToCurve(publicKey.toBytes(), alpha);
        ECPoint gamma = h.multiply(x).normalize();
        BigInteger k = Rfc6979Nonce.nonce(x, PointCodec.encode(h));
        BigInteger c = Challenge.of(publicKey.point(), h, gamma, P256Sha256Tai.GENERATOR.multiply(k), h.multiply(k));
        BigInteger s = k.add(c.multiply(x)).mod(P256Sha256Tai.ORDER);
        return new VrfProof(gamma, c, s);
    }

    /**
     * ECVRF_verify (RFC 9381 §5.3) of the encoded proof {@code pi}: beta when the proof holds for this key and
     * alpha, else the reason. Never throws on malformed bytes.
     */
    public static VrfOutcome verify(byte[] publicKeyString, byte[] alpha, byte[] pi) {
        Optional<VrfPublicKey> publicKey = VrfPublicKey.fromBytes(publicKeyString);
        if (publicKey.isEmpty()) {
            return new VrfOutcome.Invalid("the public key is not a compressed P-256 point (33 bytes, 02/03 prefix, on the curve)");
        }
        VrfProof.Decoded decoded = VrfProof.decode(pi);
        if (decoded.proof() == null) {
            return new VrfOutcome.Invalid(decoded.reason());
        }
        return verify(publicKey.get(), alpha, decoded.proof());
    }

    /** ECVRF_verify of a decoded proof. */
    public static VrfOutcome verify(VrfPublicKey publicKey, byte[] alpha, VrfProof proof) {
        ECPoint y = publicKey.point();
        ECPoint h = TryAndIncrement.encodeToCurve(publicKey.toBytes(), alpha);
        BigInteger minusC = P256Sha256Tai.ORDER.subtract(proof.c()).mod(P256Sha256Tai.ORDER);
        // U = s·B − c·Y and V = s·H − c·Gamma, each as one double multiplication
        ECPoint u = ECAlgorithms.sumOfTwoMultiplies(P256Sha256Tai.GENERATOR, proof.s(), y, minusC);
        ECPoint v = ECAlgorithms.sumOfTwoMultiplies(h, proof.s(), proof.gamma(), minusC);
        if (!Challenge.of(y, h, proof.gamma(), u, v).equals(proof.c())) {
            return new VrfOutcome.Invalid("the challenge does not match: the proof was not made with this key for this alpha");
        }
        return new VrfOutcome.Valid(proofToHash(proof));
    }

    /**
     * ECVRF_proof_to_hash (RFC 9381 §5.2): beta = SHA-256(suite, 0x03, point_to_string(Gamma), 0x00) (cofactor 1).
     * Only meaningful for a proof that verified; on its own it proves nothing.
     */
    public static byte[] proofToHash(VrfProof proof) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(P256Sha256Tai.SUITE);
        digest.update(P256Sha256Tai.PROOF_TO_HASH_FRONT);
        byte[] gamma = PointCodec.encode(proof.gamma());
        digest.update(gamma, 0, gamma.length);
        digest.update(P256Sha256Tai.BACK);
        byte[] beta = new byte[P256Sha256Tai.HASH_LENGTH];
        digest.doFinal(beta, 0);
        return beta;
    }
}
