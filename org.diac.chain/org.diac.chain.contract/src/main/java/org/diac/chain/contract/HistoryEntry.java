package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** One step in a document's history; kind is one of publish, propose, vote, approve, adopt, reject. */
@DataType
public final class HistoryEntry {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String txId;

    @Property
    private final String timestamp;

    @Property
    private final String submitter;

    @Property
    private final String kind;

    @Property
    private final String proposalId;

    @Property
    private final String detail;

    /** For the Contract API's serializer, which sets the fields. */
    public HistoryEntry() {
        this.name = "";
        this.version = 0;
        this.txId = "";
        this.timestamp = "";
        this.submitter = "";
        this.kind = "";
        this.proposalId = "";
        this.detail = "";
    }

    public HistoryEntry(String name, long version, String txId, String timestamp, String submitter, String kind, String proposalId, String detail) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.txId = txId == null ? "" : txId;
        this.timestamp = timestamp == null ? "" : timestamp;
        this.submitter = submitter == null ? "" : submitter;
        this.kind = kind == null ? "" : kind;
        this.proposalId = proposalId == null ? "" : proposalId;
        this.detail = detail == null ? "" : detail;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
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

    public String getKind() {
        return kind;
    }

    public String getProposalId() {
        return proposalId;
    }

    public String getDetail() {
        return detail;
    }
}
