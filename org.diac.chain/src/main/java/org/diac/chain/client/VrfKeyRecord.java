package org.diac.chain.client;

/** An operator's registered VRF public key (hex); it takes turns from epoch {@code registeredAfterEpoch + 2}. */
public record VrfKeyRecord(String name, String operator, String publicKey, long registeredAfterEpoch,
        String submitter, String txId) {
}
