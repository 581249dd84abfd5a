package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** Payload of the chaincode event {@value #EVENT}, emitted when an epoch's seed and allocation are stored. */
@DataType
public final class EpochAdopted {

    static final String EVENT = "EpochAdopted";

    @Property
    private final String name;
    @Property
    private final long epoch;
    @Property
    private final long documentVersion;
    @Property
    private final String proposer;
    @Property
    private final String seed;
    @Property
    private final String txId;

    public EpochAdopted() {
        this("", 0, 0, "", "", "");
    }

    public EpochAdopted(String name, long epoch, long documentVersion, String proposer, String seed, String txId) {
        this.name = name;
        this.epoch = epoch;
        this.documentVersion = documentVersion;
        this.proposer = proposer;
        this.seed = seed;
        this.txId = txId;
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

    public String getSeed() {
        return seed;
    }

    public String getTxId() {
        return txId;
    }
}
