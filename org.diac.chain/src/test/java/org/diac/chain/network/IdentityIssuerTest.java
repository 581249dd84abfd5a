package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identities issued from a CA laid out as cryptogen lays out an organization's. */
class IdentityIssuerTest {

    @TempDir
    Path tmp;
    private NetworkLayout layout;
    private NetworkTopology topology;
    private X509Certificate org1Ca;

    @BeforeEach
    void cryptogenLikeOrganizations() throws Exception {
        layout = new NetworkLayout(tmp.resolve("network"));
        topology = new NetworkTopology(0);
        for (NetworkTopology.Peer p : topology.peers()) {
            X509Certificate ca = organization(NetworkTopology.peerOrgDir(layout.cryptoDir(), p), p.orgDomain());
            if (p.orgName().equals("Org1")) {
                org1Ca = ca;
            }
        }
    }

    /** ca/ca.&lt;domain&gt;-cert.pem + ca/priv_sk, msp/cacerts, msp/tlscacerts, msp/config.yaml. */
    static X509Certificate organization(Path orgDir, String domain) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        X500Name name = new X500Name("C=US,O=" + domain + ",CN=ca." + domain);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(new byte[] {1, 2, 3, 4}));
        X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(b.build(new IdentityIssuer.LowSSigner(kp.getPrivate())));
        Path ca = Files.createDirectories(orgDir.resolve("ca"));
        Files.writeString(ca.resolve("ca." + domain + "-cert.pem"), IdentityIssuer.pem(cert));
        Files.writeString(ca.resolve("priv_sk"), IdentityIssuer.pem(new PemObject("PRIVATE KEY", kp.getPrivate().getEncoded())));
        Path msp = orgDir.resolve("msp");
        Files.createDirectories(msp.resolve("cacerts"));
        Files.createDirectories(msp.resolve("tlscacerts"));
        Files.writeString(msp.resolve("cacerts").resolve("ca." + domain + "-cert.pem"), IdentityIssuer.pem(cert));
        Files.writeString(msp.resolve("tlscacerts").resolve("tlsca." + domain + "-cert.pem"), IdentityIssuer.pem(cert));
        Files.writeString(msp.resolve("config.yaml"), "NodeOUs:\n  Enable: true\n");
        return cert;
    }

    private static X509Certificate read(Path pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    }

    @Test
    void issuesAClientCertificateSignedByTheOrganizationsCa() throws Exception {
        IssuedIdentity id = new IdentityIssuer(topology, layout).issue(OperatorIdentity.parse("alice:org1:alice@myDapp"));
        Path dir = layout.root().resolve("identities").resolve("alice");
        assertEquals(new IssuedIdentity("alice", "Org1MSP", dir), id);
        assertEquals("Org1MSP\n", Files.readString(dir.resolve("msp-id")));
        X509Certificate cert = read(id.certificate());
        cert.verify(org1Ca.getPublicKey());
        cert.checkValidity();
        assertEquals("CN=alice@myDapp,OU=client,O=org1.diac.local", cert.getSubjectX500Principal().getName());
        assertEquals(org1Ca.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals(-1, cert.getBasicConstraints());
        assertTrue(cert.getKeyUsage()[0], "digitalSignature");
        assertEquals("EC", cert.getPublicKey().getAlgorithm());
        assertEquals(org1Ca.getNotAfter(), cert.getNotAfter());
        BigInteger s = ASN1Integer.getInstance(ASN1Sequence.getInstance(cert.getSignature()).getObjectAt(1)).getValue();
        assertTrue(s.compareTo(ECNamedCurveTable.getByName("secp256r1").getN().shiftRight(1)) <= 0, "low S");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(id.privateKey())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                id.mspDir().resolve("keystore").resolve("priv_sk"))));
        // the key belongs to the certificate
        java.security.Signature sig = java.security.Signature.getInstance("SHA256withECDSA");
        sig.initSign(IdentityIssuer.readPrivateKey(id.privateKey()));
        sig.update(new byte[] {42});
        byte[] signed = sig.sign();
        sig.initVerify(cert.getPublicKey());
        sig.update(new byte[] {42});
        assertTrue(sig.verify(signed));
        for (String f : List.of("signcerts/cert.pem", "keystore/priv_sk", "cacerts/ca.org1.diac.local-cert.pem",
                "tlscacerts/tlsca.org1.diac.local-cert.pem", "config.yaml")) {
            assertTrue(Files.isRegularFile(id.mspDir().resolve(f)), f);
        }
        try (var s2 = Files.list(dir.getParent())) {
            assertEquals(List.of("alice"), s2.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
    }

    @Test
    void anIdentityNeverStartsBeforeItsCaBecauseFabricChecksTheChainAtTheIdentitysStart() {
        Instant now = Instant.parse("2026-12-01T22:50:37Z");
        Date caStart = Date.from(Instant.parse("2026-12-01T22:46:00Z")); // cryptogen: start rounded to the minute, minus 5
        assertEquals(caStart, IdentityIssuer.notBefore(caStart, now));
        Date oldCa = Date.from(Instant.parse("2026-11-01T00:00:00Z"));
        assertEquals(Date.from(now.minus(5, ChronoUnit.MINUTES)), IdentityIssuer.notBefore(oldCa, now));
    }

    @Test
    void anExistingIdentityIsKept() throws Exception {
        IdentityIssuer issuer = new IdentityIssuer(topology, layout);
        IssuedIdentity first = issuer.issue(OperatorIdentity.parse("bob:org2:bob@myDapp"));
        String cert = Files.readString(first.certificate());
        IssuedIdentity again = issuer.issue(OperatorIdentity.parse("bob:org2:bob@myDapp"));
        assertEquals(first, again);
        assertEquals(cert, Files.readString(again.certificate()));
        assertEquals("Org2MSP", again.mspId());
        assertThrows(NetworkException.class, () -> issuer.issue(OperatorIdentity.parse("bob:org1")));
        assertEquals(List.of(first), IssuedIdentity.list(layout.root()));
    }

    @Test
    void refusesUnknownOrganizationsMissingCasAndBadNames() throws Exception {
        IdentityIssuer issuer = new IdentityIssuer(topology, layout);
        assertThrows(NetworkException.class, () -> issuer.issue(OperatorIdentity.parse("carol:org3")));
        assertThrows(NetworkException.class, () -> OperatorIdentity.parse("../evil"));
        assertThrows(NetworkException.class, () -> OperatorIdentity.parse("x:org1:a,b"));
        CryptoMaterialGenerator.deleteRecursively(layout.cryptoDir());
        assertThrows(NetworkException.class, () -> issuer.issue(OperatorIdentity.parse("carol:org1")));
        assertFalse(Files.exists(layout.root().resolve("identities").resolve("carol")));
    }

    @Test
    void operatorSpecsDefaultToOrg1AndTheNameAsSubject() {
        assertEquals(new OperatorIdentity("alice", "org1", "alice"), OperatorIdentity.parse("alice"));
        assertEquals(new OperatorIdentity("bob", "org2", "bob"), OperatorIdentity.parse("bob:ORG2"));
        List<OperatorIdentity> examples = OperatorIdentity.parseList(OperatorIdentity.EXAMPLES);
        assertEquals(6, examples.size());
        assertEquals(new OperatorIdentity("frank", "org2", "frank@myDapp"), examples.get(5));
        assertEquals(List.of(), OperatorIdentity.parseList(" , "));
    }
}
