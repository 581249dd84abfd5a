package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.junit.jupiter.api.Test;

class P256SignerTest {

    private static final BigInteger HALF_ORDER = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16).shiftRight(1);

    private static KeyPair p256() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    @Test
    void signaturesVerifyWithTheJdkAndHaveALowS() throws Exception {
        KeyPair keys = p256();
        var signer = P256Signer.of(keys.getPrivate()).orElseThrow();
        for (int i = 0; i < 50; i++) {
            byte[] message = ("transaction " + i).getBytes();
            byte[] signature = signer.sign(MessageDigest.getInstance("SHA-256").digest(message));
            Signature verify = Signature.getInstance("SHA256withECDSA");
            verify.initVerify(keys.getPublic());
            verify.update(message);
            assertTrue(verify.verify(signature), "signature " + i);
            BigInteger s = ASN1Integer.getInstance(ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
            assertTrue(s.compareTo(HALF_ORDER) <= 0, "low S, as Fabric requires");
        }
    }

    @Test
    void noncesAreDeterministicSoTheSameDigestSignsTheSame() throws Exception {
        var signer = P256Signer.of(p256().getPrivate()).orElseThrow();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("x".getBytes());
        assertArrayEquals(signer.sign(digest), signer.sign(digest));
    }

    @Test
    void anotherCurveKeepsTheGatewaysSigner() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        assertTrue(P256Signer.of(g.generateKeyPair().getPrivate()).isEmpty());
    }
}
