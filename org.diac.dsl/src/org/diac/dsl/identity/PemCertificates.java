package org.diac.dsl.identity;

import java.io.IOException;
import java.io.StringReader;
import java.util.HexFormat;
import java.util.Locale;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.openssl.PEMParser;

/** Reads the PEM {@code cert} of a DiaC identity with BouncyCastle and answers what the checks ask of it. */
public final class PemCertificates {

	private PemCertificates() {
	}

	/** The parse result: the certificate, or why there is none. */
	public record Parsed(X509CertificateHolder certificate, String problem) {
	}

	public static Parsed parse(String pem) {
		if (pem == null || pem.isBlank()) {
			return new Parsed(null, "it is empty");
		}
		try (PEMParser parser = new PEMParser(new StringReader(pem.strip()))) {
			Object object = parser.readObject();
			if (object instanceof X509CertificateHolder certificate) {
				return new Parsed(certificate, null);
			}
			return new Parsed(null, object == null ? "it holds no PEM block (-----BEGIN CERTIFICATE-----)"
					: "its PEM block is a " + object.getClass().getSimpleName() + ", not a certificate");
		} catch (IOException | RuntimeException e) {
			return new Parsed(null, "it is not a valid PEM X.509 certificate (" + e.getMessage() + ")");
		}
	}

	/** SHA-256 fingerprint of the DER encoding, as colon-separated upper-case hex (the form openssl prints). */
	public static String fingerprint(X509CertificateHolder certificate) {
		try {
			byte[] der = certificate.getEncoded();
			SHA256Digest digest = new SHA256Digest();
			digest.update(der, 0, der.length);
			byte[] hash = new byte[digest.getDigestSize()];
			digest.doFinal(hash, 0);
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash);
		} catch (IOException e) {
			return "";
		}
	}

	/** Fingerprints compare without separators and case: {@code AA:BB} equals {@code aabb}. */
	public static String normaliseFingerprint(String fingerprint) {
		return fingerprint == null ? "" : fingerprint.replaceAll("[:\\s-]", "").toLowerCase(Locale.ROOT);
	}

	/** The subject's common name, or null. */
	public static String commonName(X509CertificateHolder certificate) {
		RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
		return names.length == 0 ? null : IETFUtils.valueToString(names[0].getFirst().getValue());
	}
}
