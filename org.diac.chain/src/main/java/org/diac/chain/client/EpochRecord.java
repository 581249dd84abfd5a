package org.diac.chain.client;

/**
 * One epoch of the mapper module (chaincode {@code mapper:readEpoch}): who proved it, the VRF input, proof and seed
 * (hex), the document version it allocated, and the allocation ({@code diac map --format json}) every peer
 * recomputed, with its SHA-256 and what the Decentralization re-check found ("" when nothing).
 */
public record EpochRecord(String name, long epoch, long documentVersion, String proposer, String alpha, String proof,
        String seed, String allocation, String allocationDigest, String violations, String txId, String timestamp) {
}
