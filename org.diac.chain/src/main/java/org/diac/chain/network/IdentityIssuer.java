package org.diac.chain.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Issues X.509 client identities for named operators from an organization's CA (the CA key cryptogen made for the
 * organization): an ECDSA P-256 key, a certificate with subject {@code CN=<subject>, OU=client, O=<org domain>}
 * signed by the CA, valid as long as the CA, so Fabric's MSP (Node OUs on) accepts it as a client of that
 * organization. Written atomically to {@code <network folder>/identities/<name>/} (see {@link IssuedIdentity});
 * an identity that exists is kept.
 */
public final class IdentityIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Order of P-256: Fabric accepts only low-S ECDSA signatures (s ≤ n/2), also in certificates. */
    private static final BigInteger N = ECNamedCurveTable.getByName("secp256r1").getN();

    private final NetworkTopology topology;
    private final NetworkLayout layout;

    public IdentityIssuer(NetworkTopology topology, NetworkLayout layout) {
        this.topology = topology;
        this.layout = layout;
    }

    /** The identity of {@code op}: the existing one (if it was issued for the same organization) or a new one. */
    public IssuedIdentity issue(OperatorIdentity op) {
        NetworkTopology.Peer org = organization(op.org());
        Path orgDir = NetworkTopology.peerOrgDir(layout.cryptoDir(), org);
        Optional<IssuedIdentity> existing = IssuedIdentity.read(layout.root(), op.name());
        if (existing.isPresent()) {
            if (!existing.get().mspId().equals(org.mspId())) {
                throw new NetworkException("identity '" + op.name() + "' exists for " + existing.get().mspId() + ", not "
                        + org.mspId() + " (remove " + existing.get().dir() + " to issue it again)");
            }
            return existing.get();
        }
        Path caDir = orgDir.resolve("ca");
        Path caCertFile = caDir.resolve("ca." + org.orgDomain() + "-cert.pem");
        if (!Files.isRegularFile(caCertFile)) {
            throw new NetworkException("no CA of " + org.mspId() + " at " + caDir + " (run: diac network up)");
        }
        try {
            X509CertificateHolder caCert = readCertificate(caCertFile);
            PrivateKey caKey = readPrivateKey(caDir.resolve("priv_sk"));
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = gen.generateKeyPair();
            X509Certificate cert = certificate(caCert, caKey, keys, op.subject(), org.orgDomain());
            return write(op.name(), org.mspId(), cert, keys.getPrivate(), orgDir.resolve("msp"));
        } catch (IOException | GeneralSecurityException e) {
            throw new NetworkException("cannot issue identity '" + op.name() + "' from the CA of " + org.mspId() + ": "
                    + e.getMessage(), e);
        }
    }

    private NetworkTopology.Peer organization(String org) {
        for (NetworkTopology.Peer p : topology.peers()) {
            if (p.orgName().toLowerCase(Locale.ROOT).equals(org) || p.mspId().equalsIgnoreCase(org)) {
                return p;
            }
        }
        throw new NetworkException("unknown organization '" + org + "'; the network has "
                + topology.peers().stream().map(p -> p.orgName().toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * Five minutes back for clock skew, but never before the CA's own start: Fabric's MSP checks the chain at the
     * identity's notBefore + 1 s (not at the current time), so an identity that starts before its CA (cryptogen
     * rounds the CA's start to the minute) is refused as "not yet valid".
     */
    static Date notBefore(Date caNotBefore, Instant now) {
        Instant skewed = now.minus(Duration.ofMinutes(5));
        return Date.from(skewed.isBefore(caNotBefore.toInstant()) ? caNotBefore.toInstant() : skewed);
    }

    static X509Certificate certificate(X509CertificateHolder ca, PrivateKey caKey, KeyPair keys, String subject,
            String orgDomain) throws IOException, GeneralSecurityException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, orgDomain).addRDN(BCStyle.OU, "client")
                .addRDN(BCStyle.CN, subject).build();
        Date notAfter = ca.getNotAfter();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.getSubject(), new BigInteger(127, RANDOM),
                notBefore(ca.getNotBefore(), Instant.now()), notAfter, name, keys.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        byte[] ski = java.security.MessageDigest.getInstance("SHA-256").digest(
                org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded())
                        .getPublicKeyData().getBytes());
        b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(ski));
        Extension caSki = ca.getExtension(Extension.subjectKeyIdentifier);
        if (caSki != null) {
            byte[] id = ASN1OctetString.getInstance(caSki.getParsedValue()).getOctets();
            b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(id));
        }
        X509CertificateHolder holder = b.build(new LowSSigner(caKey));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private IssuedIdentity write(String name, String mspId, X509Certificate cert, PrivateKey key, Path orgMsp)
            throws IOException {
        Path folder = IssuedIdentity.folder(layout.root());
        Files.createDirectories(folder);
        Path tmp = Files.createTempDirectory(folder, "." + name + ".",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            String certPem = pem(cert);
            String keyPem = pem(new PemObject("PRIVATE KEY", key.getEncoded()));
            Files.writeString(tmp.resolve("cert.pem"), certPem);
            writeSecret(tmp.resolve("key.pem"), keyPem);
            Files.writeString(tmp.resolve("msp-id"), mspId + "\n");
            Path msp = tmp.resolve("msp");
            Files.createDirectories(msp.resolve("signcerts"));
            Files.writeString(msp.resolve("signcerts").resolve("cert.pem"), certPem);
            Files.createDirectories(msp.resolve("keystore"));
            writeSecret(msp.resolve("keystore").resolve("priv_sk"), keyPem);
            for (String sub : new String[] {"cacerts", "tlscacerts"}) {
                copyFolder(orgMsp.resolve(sub), msp.resolve(sub));
            }
            Files.copy(orgMsp.resolve("config.yaml"), msp.resolve("config.yaml"));
            Path target = folder.resolve(name);
            try {
                // one rename: readers see no identity or a complete one
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Optional<IssuedIdentity> raced = IssuedIdentity.read(layout.root(), name);
                if (raced.isPresent() && raced.get().mspId().equals(mspId)) {
                    return raced.get(); // issued concurrently: keep that one
                }
                throw new NetworkException("cannot put identity '" + name + "' in place at " + target
                        + " (is an incomplete one in the way? remove it): " + e, e);
            }
            return new IssuedIdentity(name, mspId, target);
        } finally {
            CryptoMaterialGenerator.deleteRecursively(tmp);
        }
    }

    private static void writeSecret(Path file, String text) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName().toString()));
            }
        }
    }

    static String pem(Object o) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
            pw.writeObject(o);
        }
        return w.toString();
    }

    static X509CertificateHolder readCertificate(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            if (p.readObject() instanceof X509CertificateHolder h) {
                return h;
            }
            throw new IOException(file + " holds no PEM certificate");
        }
    }

    static PrivateKey readPrivateKey(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            Object o = p.readObject();
            if (o instanceof PrivateKeyInfo info) {
                return new JcaPEMKeyConverter().getPrivateKey(info);
            }
            if (o instanceof org.bouncycastle.openssl.PEMKeyPair pair) {
                return new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
            }
            throw new IOException(file + " holds no PEM private key");
        }
    }

    /** SHA256withECDSA through the JDK, the signature normalized to low S as Fabric's MSP requires. */
    static final class LowSSigner implements ContentSigner {
        private final PrivateKey key;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        LowSSigner(PrivateKey key) {
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initSign(key, RANDOM);
                s.update(data.toByteArray());
                return lowS(s.sign());
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
            }
        }
    }

    static byte[] lowS(byte[] der) throws IOException {
        ASN1Sequence seq = ASN1Sequence.getInstance(der);
        BigInteger r = ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
        if (s.compareTo(N.shiftRight(1)) > 0) {
            s = N.subtract(s);
        }
        return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
    }
}
