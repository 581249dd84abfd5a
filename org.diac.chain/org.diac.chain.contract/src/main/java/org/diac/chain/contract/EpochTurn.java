package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** The next epoch of a document: its number, whose turn it is (empty: nobody's yet) and the alpha to prove (hex). */
@DataType
public final class EpochTurn {

    @Property
    private final String name;
    @Property
    private final long epoch;
    @Property
    private final String proposer;
    @Property
    private final String alpha;
    @Property
    private final String candidates;

    public EpochTurn() {
        this("", 0, "", "", "");
    }

    public EpochTurn(String name, long epoch, String proposer, String alpha, String candidates) {
        this.name = name;
        this.epoch = epoch;
        this.proposer = proposer == null ? "" : proposer;
        this.alpha = alpha;
        this.candidates = candidates;
    }

    public String getName() {
        return name;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getProposer() {
        return proposer;
    }

    public String getAlpha() {
        return alpha;
    }

    /** The operators taking turns for this epoch, comma-separated in canonical order. */
    public String getCandidates() {
        return candidates;
    }
}
