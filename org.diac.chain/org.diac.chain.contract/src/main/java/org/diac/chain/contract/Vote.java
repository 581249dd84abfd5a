package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** A stake-weighted vote (choice yes or no) or a multisig approval (choice approve) on a proposal. */
@DataType
public final class Vote {

    @Property
    private final String proposalId;

    @Property
    private final String voter;

    @Property
    private final String choice;

    @Property
    private final String stake;

    @Property
    private final String txId;

    @Property
    private final String timestamp;

    @Property
    private final String submitter;

    /** For the Contract API's serializer, which sets the fields. */
    public Vote() {
        this.proposalId = "";
        this.voter = "";
        this.choice = "";
        this.stake = "";
        this.txId = "";
        this.timestamp = "";
        this.submitter = "";
    }

    public Vote(String proposalId, String voter, String choice, String stake, String txId, String timestamp, String submitter) {
        this.proposalId = proposalId == null ? "" : proposalId;
        this.voter = voter == null ? "" : voter;
        this.choice = choice == null ? "" : choice;
        this.stake = stake == null ? "" : stake;
        this.txId = txId == null ? "" : txId;
        this.timestamp = timestamp == null ? "" : timestamp;
        this.submitter = submitter == null ? "" : submitter;
    }

    public String getProposalId() {
        return proposalId;
    }

    public String getVoter() {
        return voter;
    }

    public String getChoice() {
        return choice;
    }

    public String getStake() {
        return stake;
    }

    public String getTxId() {
        return txId;
    }

    public String getTimestamp() {
        return timestamp;
    }

    public String getSubmitter() {
        return submitter;
    }
}
