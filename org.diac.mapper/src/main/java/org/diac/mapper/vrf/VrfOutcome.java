package org.diac.mapper.vrf;

import org.bouncycastle.util.encoders.Hex;

/** What verification says: the 32-byte VRF output beta of a valid proof, or why the proof is refused. */
public sealed interface VrfOutcome {

    boolean isValid();

    /** A valid proof and its output beta (RFC 9381 §5.3 step 8, §5.2). */
    record Valid(byte[] beta) implements VrfOutcome {

        public Valid {
            beta = beta.clone();
        }

        @Override
        public byte[] beta() {
            return beta.clone();
        }

        public String betaHex() {
            return Hex.toHexString(beta);
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /** An invalid proof, with a reason a person can act on. */
    record Invalid(String reason) implements VrfOutcome {

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
