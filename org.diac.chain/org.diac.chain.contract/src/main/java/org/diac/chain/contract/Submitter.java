package org.diac.chain.contract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.hyperledger.fabric.contract.ClientIdentity;

/**
 * The Fabric identity that submitted a transaction: MSP ID, certificate subject (and its common name) and the
 * certificate's SHA-256 fingerprint ({@code AA:4B:...}, as in Blacklist {@code credentials}).
 */
record Submitter(String mspId, String subject, String commonName, String fingerprint) {

    static Submitter of(ClientIdentity id) {
        X509Certificate cert = id == null ? null : id.getX509Certificate();
        String subject = cert == null ? "" : cert.getSubjectX500Principal().getName();
        String fingerprint = "";
        if (cert != null) {
            try {
                fingerprint = fingerprint(cert.getEncoded());
            } catch (CertificateEncodingException e) {
                fingerprint = "";
            }
        }
        return new Submitter(id == null || id.getMSPID() == null ? "" : id.getMSPID(), subject, commonName(subject),
                fingerprint);
    }

    /** How history entries name the submitter: {@code MSPID:subject}. */
    String display() {
        return mspId + ":" + subject;
    }

    /** Whether this is the identity of an operator template's {@code identity} (LANGUAGE.md §3). */
    boolean is(Map<?, ?> operatorProperties) {
        if (!(operatorProperties.get("identity") instanceof Map<?, ?> identity)
                || !"X.509".equals(String.valueOf(identity.get("type")))) {
            return false;
        }
        if (!mspId.equals(String.valueOf(identity.get("msp_id")))) {
            return false;
        }
        Object cert = identity.get("cert");
        if (cert instanceof String pem && !pem.isBlank()) {
            String pinned = pemFingerprint(pem);
            return pinned != null && sameFingerprint(pinned, fingerprint);
        }
        Object subjectName = identity.get("subject");
        return subjectName != null && !commonName.isEmpty()
                && (commonName.equals(String.valueOf(subjectName)) || subject.equals(String.valueOf(subjectName)));
    }

    static boolean sameFingerprint(String a, String b) {
        return !a.isEmpty() && normalize(a).equals(normalize(b));
    }

    static String normalize(String fingerprint) {
        return fingerprint.replace(":", "").trim().toUpperCase(Locale.ROOT);
    }

    /** The SHA-256 fingerprint of a PEM certificate, or null when it does not parse. */
    static String pemFingerprint(String pem) {
        try {
            CertificateFactory f = CertificateFactory.getInstance("X.509");
            X509Certificate cert = (X509Certificate) f.generateCertificate(
                    new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII)));
            return fingerprint(cert.getEncoded());
        } catch (CertificateException | RuntimeException e) {
            return null;
        }
    }

    static String fingerprint(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return "";
        }
        return "";
    }
}
