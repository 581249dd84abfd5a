package org.diac.mapper.vrf;

import java.math.BigInteger;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ECVRF_nonce_generation_RFC6979 (RFC 9381 §5.4.2.1): RFC 6979 §3.2 with m = h_string and SHA-256, so the nonce
 * k is a deterministic function of the secret key and H. BouncyCastle's calculator performs steps a–h of
 * RFC 6979 §3.2 (bits2octets of h1, the HMAC_DRBG loop, the retry until k lies in [1, q-1]).
 */
final class Rfc6979Nonce {

    private Rfc6979Nonce() {
    }

    static BigInteger nonce(BigInteger secretScalar, byte[] hString) {
        SHA256Digest sha256 = new SHA256Digest();
        byte[] h1 = new byte[P256Sha256Tai.HASH_LENGTH];
        sha256.update(hString, 0, hString.length);
        sha256.doFinal(h1, 0);
        HMacDSAKCalculator calculator = new HMacDSAKCalculator(new SHA256Digest());
        calculator.init(P256Sha256Tai.ORDER, secretScalar, h1);
        return calculator.nextK();
    }
}
