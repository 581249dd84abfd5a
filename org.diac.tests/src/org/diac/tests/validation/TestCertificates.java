package org.diac.tests.validation;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemWriter;

/** Real self-signed X.509 certificates (EC P-256, signed with BouncyCastle) for identity tests. */
final class TestCertificates {

	private TestCertificates() {
	}

	/** A PEM certificate for {@code commonName} valid from {@code notBefore} to {@code notAfter}. */
	static String pem(String commonName, Instant notBefore, Instant notAfter) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair keys = generator.generateKeyPair();
		X500Name subject = new X500Name("CN=" + commonName + ",O=DiaC tests");
		X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()),
				Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
		StringWriter out = new StringWriter();
		try (PemWriter writer = new PemWriter(out)) {
			writer.writeObject(new JcaMiscPEMGenerator(certificate));
		}
		return out.toString();
	}

	static String current(String commonName) throws Exception {
		return pem(commonName, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
	}

	static String expired(String commonName) throws Exception {
		return pem(commonName, Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(35)));
	}

	/** The PEM as a YAML literal block scalar indented for a value at {@code indent} spaces. */
	static String literalBlock(String pem, int indent) {
		StringBuilder out = new StringBuilder("|\n");
		for (String line : pem.strip().split("\n")) {
			out.append(" ".repeat(indent)).append(line.strip()).append('\n');
		}
		return out.toString();
	}
}
