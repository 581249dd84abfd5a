package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/**
 * One epoch of the mapper module (LANGUAGE.md §4): who proved it, the VRF input and proof, the seed (beta), and the
 * allocation every peer recomputed from the adopted document version {@code documentVersion} with that seed
 * ({@code allocation}: the JSON of {@code diac map --format json}; {@code allocationDigest}: its SHA-256, hex).
 * {@code violations}: what the Decentralization re-check found on it ("" when none), one per line.
 */
@DataType
public final class EpochRecord {

    @Property
    private final String name;
    @Property
    private final long epoch;
    @Property
    private final long documentVersion;
    @Property
    private final String proposer;
    @Property
    private final String alpha;
    @Property
    private final String proof;
    @Property
    private final String seed;
    @Property
    private final String allocation;
    @Property
    private final String allocationDigest;
    @Property
    private final String violations;
    @Property
    private final String txId;
    @Property
    private final String timestamp;

    public EpochRecord() {
        this("", 0, 0, "", "", "", "", "", "", "", "", "");
    }

    public EpochRecord(String name, long epoch, long documentVersion, String proposer, String alpha, String proof,
            String seed, String allocation, String allocationDigest, String violations, String txId, String timestamp) {
        this.name = name;
        this.epoch = epoch;
        this.documentVersion = documentVersion;
        this.proposer = proposer;
        this.alpha = alpha;
        this.proof = proof;
        this.seed = seed;
        this.allocation = allocation;
        this.allocationDigest = allocationDigest;
        this.violations = violations;
        this.txId = txId;
        this.timestamp = timestamp;
    }

    public String getName() {
        return name;
    }

    public long getEpoch() {
        return epoch;
    }

    public long getDocumentVersion() {
        return documentVersion;
    }

    public String getProposer() {
        return proposer;
    }

    public String getAlpha() {
        return alpha;
    }

    public String getProof() {
        return proof;
    }

    public String getSeed() {
        return seed;
    }

    public String getAllocation() {
        return allocation;
    }

    public String getAllocationDigest() {
        return allocationDigest;
    }

    public String getViolations() {
        return violations;
    }

    public String getTxId() {
        return txId;
    }

    public String getTimestamp() {
        return timestamp;
    }
}
