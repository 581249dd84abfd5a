package org.diac.chain.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Polls a node's operations endpoint ({@code GET https://127.0.0.1:<ops>/healthz}) over TLS, trusting only
 * the node organization's TLS CA. Fabric answers 200 with {@code "status":"OK"} once every registered checker
 * passes.
 */
final class HealthCheck {

    private final HttpClient client;

    HealthCheck(Path tlsCaCert) {
        this(tlsCaCert, null, null);
    }

    /**
     * With a TLS client certificate and its PKCS#8 key (PEM), for the endpoints Fabric guards with mutual TLS
     * ({@code /metrics}; {@code /healthz} and {@code /version} are open).
     */
    HealthCheck(Path tlsCaCert, Path clientCert, Path clientKey) {
        this.client = HttpClient.newBuilder()
                .sslContext(sslContext(tlsCaCert, clientCert, clientKey))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** One probe: true when the endpoint answers 200 with status OK. */
    boolean healthy(String opsAddress) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("https://" + opsAddress + "/healthz"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200 && res.body().contains("\"OK\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** GET {@code https://<address><path>}: the body of a 200 answer, or null. */
    String get(String address, String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("https://" + address + path))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200 ? res.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static SSLContext sslContext(Path caCert, Path clientCert, Path clientKey) {
        try (InputStream in = Files.newInputStream(caCert)) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            ks.setCertificateEntry("ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            KeyManager[] keyManagers = null;
            if (clientCert != null) {
                X509Certificate cert;
                try (InputStream c = Files.newInputStream(clientCert)) {
                    cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(c);
                }
                String pem = Files.readString(clientKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                PrivateKey key = KeyFactory.getInstance(cert.getPublicKey().getAlgorithm())
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
                KeyStore id = KeyStore.getInstance(KeyStore.getDefaultType());
                id.load(null, null);
                id.setKeyEntry("client", key, new char[0], new X509Certificate[] {cert});
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(id, new char[0]);
                keyManagers = kmf.getKeyManagers();
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new NetworkException("cannot load TLS CA " + caCert + ": " + e.getMessage(), e);
        }
    }
}
