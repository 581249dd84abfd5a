package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** One adopted version of a document: who adopted it when, which modules changed, and the layout that joins the modules again (DocumentSplitter). */
@DataType
public final class DocumentVersion {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String kind;

    @Property
    private final String txId;

    @Property
    private final String timestamp;

    @Property
    private final String submitter;

    @Property
    private final String creator;

    @Property
    private final String proposalId;

    @Property
    private final String[] modules;

    @Property
    private final String layout;

    /** For the Contract API's serializer, which sets the fields. */
    public DocumentVersion() {
        this.name = "";
        this.version = 0;
        this.kind = "";
        this.txId = "";
        this.timestamp = "";
        this.submitter = "";
        this.creator = "";
        this.proposalId = "";
        this.modules = new String[0];
        this.layout = "";
    }

    public DocumentVersion(String name, long version, String kind, String txId, String timestamp, String submitter, String creator, String proposalId, String[] modules, String layout) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.kind = kind == null ? "" : kind;
        this.txId = txId == null ? "" : txId;
        this.timestamp = timestamp == null ? "" : timestamp;
        this.submitter = submitter == null ? "" : submitter;
        this.creator = creator == null ? "" : creator;
        this.proposalId = proposalId == null ? "" : proposalId;
        this.modules = modules == null ? new String[0] : modules.clone();
        this.layout = layout == null ? "" : layout;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
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

    public String getCreator() {
        return creator;
    }

    public String getProposalId() {
        return proposalId;
    }

    public String[] getModules() {
        return modules.clone();
    }

    public String getLayout() {
        return layout;
    }
}
