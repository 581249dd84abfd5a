package org.diac.mapper.vrf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ECVRF-P256-SHA256-TAI against RFC 9381 Appendix B.1, and the proofs it must refuse. */
class EcvrfTest {

    static List<Rfc9381Vectors> vectors() {
        return Rfc9381Vectors.p256Tai();
    }

    private static VrfSecretKey key(Rfc9381Vectors v) {
        return VrfSecretKey.fromBytes(Hex.decode(v.sk())).orElseThrow();
    }

    @Test
    void allThreeP256TaiExamplesOfTheRfcAreRead() {
        assertEquals(List.of(10, 11, 12), vectors().stream().map(Rfc9381Vectors::example).toList());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void theSecretKeyGivesTheRfcPublicKey(Rfc9381Vectors v) {
        assertEquals(v.pk(), Hex.toHexString(key(v).publicKey().toBytes()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void encodeToCurveGivesTheRfcPointH(Rfc9381Vectors v) {
        assertEquals(v.h(), Hex.toHexString(PointCodec.encode(TryAndIncrement.encodeToCurve(Hex.decode(v.pk()), Hex.decode(v.alpha())))));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void theNonceIsTheRfc6979NonceOfTheRfc(Rfc9381Vectors v) {
        assertEquals(new BigInteger(v.k(), 16), Rfc6979Nonce.nonce(key(v).scalar(), Hex.decode(v.h())));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void proveGivesTheRfcProofByteForByte(Rfc9381Vectors v) {
        byte[] pi = Ecvrf.prove(key(v), Hex.decode(v.alpha())).toBytes();
        assertEquals(81, pi.length);
        assertEquals(v.pi(), Hex.toHexString(pi));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void verifyAcceptsTheRfcProofAndGivesTheRfcBeta(Rfc9381Vectors v) {
        VrfOutcome outcome = Ecvrf.verify(Hex.decode(v.pk()), Hex.decode(v.alpha()), Hex.decode(v.pi()));
        VrfOutcome.Valid valid = assertInstanceOf(VrfOutcome.Valid.class, outcome, outcome.toString());
        assertEquals(v.beta(), valid.betaHex());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void proofToHashGivesTheRfcBeta(Rfc9381Vectors v) {
        assertEquals(v.beta(), Hex.toHexString(Ecvrf.proofToHash(Ecvrf.prove(key(v), Hex.decode(v.alpha())))));
    }

    @Test
    void aFreshKeyProvesAndVerifiesItsOwnOutput() {
        VrfSecretKey key = VrfSecretKey.generate(new SecureRandom());
        byte[] alpha = "DiaC/mapper/v1 epoch 7".getBytes(StandardCharsets.UTF_8);
        VrfProof proof = Ecvrf.prove(key, alpha);
        VrfOutcome outcome = Ecvrf.verify(key.publicKey().toBytes(), alpha, proof.toBytes());
        assertArrayEquals(Ecvrf.proofToHash(proof), assertInstanceOf(VrfOutcome.Valid.class, outcome).beta());
        assertEquals(key, VrfSecretKey.fromBytes(key.toBytes()).orElseThrow());
    }

    @Test
    void secretKeyNeverPrintsItsScalar() {
        VrfSecretKey key = key(vectors().get(0));
        assertFalse(key.toString().contains(vectors().get(0).sk()), key.toString());
    }

    @Test
    void secretKeysOutsideOneToQMinusOneDoNotExist() {
        assertTrue(VrfSecretKey.fromBytes(new byte[32]).isEmpty());
        assertTrue(VrfSecretKey.fromBytes(Hex.decode("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")).isEmpty());
        assertTrue(VrfSecretKey.fromBytes(new byte[31]).isEmpty());
    }

    // --- refused proofs ---

    private static Rfc9381Vectors ten() {
        return vectors().get(0);
    }

    private static VrfOutcome verifyTen(byte[] pk, byte[] alpha, byte[] pi) {
        return Ecvrf.verify(pk, alpha, pi);
    }

    private static String refused(VrfOutcome outcome) {
        return assertInstanceOf(VrfOutcome.Invalid.class, outcome, "expected a refusal").reason();
    }

    @Test
    void aProofForAnotherAlphaIsRefused() {
        Rfc9381Vectors v = ten();
        String reason = refused(verifyTen(Hex.decode(v.pk()), Hex.decode(vectors().get(1).alpha()), Hex.decode(v.pi())));
        assertTrue(reason.contains("challenge"), reason);
    }

    @Test
    void aProofUnderAnotherKeyIsRefused() {
        Rfc9381Vectors v = ten();
        refused(verifyTen(Hex.decode(vectors().get(2).pk()), Hex.decode(v.alpha()), Hex.decode(v.pi())));
    }

    @Test
    void aProofWithAnyFlippedBitIsRefused() {
        Rfc9381Vectors v = ten();
        byte[] pi = Hex.decode(v.pi());
        for (int bit = 0; bit < pi.length * 8; bit++) {
            byte[] forged = pi.clone();
            forged[bit / 8] ^= (byte) (1 << (bit % 8));
            refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), forged));
        }
    }

    @Test
    void aForgedProofWithTheRightGammaButOwnChallengeIsRefused() {
        // an attacker who knows beta's preimage Gamma (public in the proof) but not x cannot complete (c, s)
        Rfc9381Vectors v = ten();
        VrfProof real = VrfProof.decode(Hex.decode(v.pi())).proof();
        VrfProof forged = new VrfProof(real.gamma(), BigInteger.ONE, BigInteger.TWO);
        refused(Ecvrf.verify(VrfPublicKey.fromBytes(Hex.decode(v.pk())).orElseThrow(), Hex.decode(v.alpha()), forged));
    }

    @Test
    void proofsOfTheWrongLengthAreRefusedWithTheLength() {
        Rfc9381Vectors v = ten();
        byte[] pi = Hex.decode(v.pi());
        String reason = refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), java.util.Arrays.copyOf(pi, 80)));
        assertTrue(reason.contains("80 bytes"), reason);
        refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), java.util.Arrays.copyOf(pi, 82)));
        refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), new byte[0]));
    }

    @Test
    void aGammaThatIsNotOnTheCurveIsRefused() {
        Rfc9381Vectors v = ten();
        byte[] pi = Hex.decode(v.pi());
        // x = 1: 1 - 3 + b is not a square mod p for P-256, so no point has this abscissa
        byte[] offCurve = pi.clone();
        java.util.Arrays.fill(offCurve, 1, 33, (byte) 0);
        offCurve[32] = 1;
        assertTrue(PointCodec.decode(java.util.Arrays.copyOf(offCurve, 33)).isEmpty(), "x = 1 must not decode");
        String reason = refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), offCurve));
        assertTrue(reason.contains("Gamma"), reason);
        byte[] uncompressedPrefix = pi.clone();
        uncompressedPrefix[0] = 0x04;
        assertTrue(refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), uncompressedPrefix)).contains("Gamma"));
        byte[] xAboveP = pi.clone();
        java.util.Arrays.fill(xAboveP, 1, 33, (byte) 0xff);
        refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), xAboveP));
    }

    @Test
    void anSNotBelowTheOrderIsRefused() {
        Rfc9381Vectors v = ten();
        byte[] pi = Hex.decode(v.pi());
        java.util.Arrays.fill(pi, 49, 81, (byte) 0xff);
        String reason = refused(verifyTen(Hex.decode(v.pk()), Hex.decode(v.alpha()), pi));
        assertTrue(reason.contains("s is not below"), reason);
    }

    @Test
    void aPublicKeyThatIsNotACurvePointIsRefused() {
        Rfc9381Vectors v = ten();
        byte[] pk = new byte[33];
        pk[0] = 0x02;
        pk[32] = 1; // x = 1, not an abscissa of P-256
        assertTrue(refused(verifyTen(pk, Hex.decode(v.alpha()), Hex.decode(v.pi()))).contains("public key"));
        assertTrue(refused(verifyTen(new byte[] { 0x00 }, Hex.decode(v.alpha()), Hex.decode(v.pi()))).contains("public key"));
    }
}
