package org.diac.chain.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;

/**
 * A self-signed P-256 certificate and its key, made with the JDK's keytool: enough for a connection profile whose
 * gateway is not running (the client reads the identity and the TLS CA before it dials).
 */
record TestIdentity(Path certificate, Path privateKey, String privateKeyPem) {

	static TestIdentity create(Path dir) throws Exception {
		Path store = dir.resolve("identity.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "id", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=ide-test",
				"-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit")
				.redirectErrorStream(true).start();
		String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, keytool.waitFor(), out);
		KeyStore ks = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			ks.load(in, "changeit".toCharArray());
		}
		Certificate cert = ks.getCertificate("id");
		byte[] key = ks.getKey("id", "changeit".toCharArray()).getEncoded();
		Path certFile = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
		String keyPem = pem("PRIVATE KEY", key);
		Path keyFile = Files.writeString(dir.resolve("key.pem"), keyPem);
		return new TestIdentity(certFile, keyFile, keyPem);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(der) + "\n-----END " + type + "-----\n";
	}
}
