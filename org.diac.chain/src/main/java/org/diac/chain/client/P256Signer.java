package org.diac.chain.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.hyperledger.fabric.client.identity.Signer;

/**
 * ECDSA P-256 signatures for Fabric (deterministic nonces per RFC 6979, low S, DER) on one shared BouncyCastle
 * domain. The gateway's own signer goes through the JCA, which builds the curve parameters anew for every
 * signature, and with them BouncyCastle's fixed-point table for the generator: that precomputation was half of the
 * client's signing time, and signing 42% of the client's CPU under load. Here the table is built once per process.
 */
final class P256Signer implements Signer {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(),
            P256.getH());
    private static final BigInteger HALF_ORDER = P256.getN().shiftRight(1);

    private final ECPrivateKeyParameters key;

    private P256Signer(BigInteger d) {
        this.key = new ECPrivateKeyParameters(d, DOMAIN);
    }

    /** A signer for {@code key} if it is a P-256 key, else empty (the caller keeps the gateway's signer). */
    static Optional<Signer> of(java.security.PrivateKey key) {
        if (key instanceof ECPrivateKey ec && ec.getParams().getOrder().equals(P256.getN())
                && ec.getParams().getCurve().getField().getFieldSize() == 256) {
            return Optional.of(new P256Signer(ec.getS()));
        }
        return Optional.empty();
    }

    @Override
    public byte[] sign(byte[] digest) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(digest);
        BigInteger s = rs[1].compareTo(HALF_ORDER) > 0 ? P256.getN().subtract(rs[1]) : rs[1]; // Fabric wants low S
        ASN1EncodableVector v = new ASN1EncodableVector(2);
        v.add(new ASN1Integer(rs[0]));
        v.add(new ASN1Integer(s));
        try {
            return new DERSequence(v).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
