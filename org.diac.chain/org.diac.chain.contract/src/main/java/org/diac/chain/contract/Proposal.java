package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** A proposed new version of a document; what it needs (governance vote, multisig approvals) follows from the Permissions rules of the modules it changes. Times are transaction timestamps. */
@DataType
public final class Proposal {

    @Property
    private final String id;

    @Property
    private final String name;

    @Property
    private final long baseVersion;

    @Property
    private final String content;

    @Property
    private final String[] modules;

    @Property
    private final String[] requires;

    @Property
    private final String proposer;

    @Property
    private final String createdAt;

    @Property
    private final String votingEnds;

    @Property
    private final String adoptableAt;

    @Property
    private final String status;

    /** For the Contract API's serializer, which sets the fields. */
    public Proposal() {
        this.id = "";
        this.name = "";
        this.baseVersion = 0;
        this.content = "";
        this.modules = new String[0];
        this.requires = new String[0];
        this.proposer = "";
        this.createdAt = "";
        this.votingEnds = "";
        this.adoptableAt = "";
        this.status = "";
    }

    public Proposal(String id, String name, long baseVersion, String content, String[] modules, String[] requires, String proposer, String createdAt, String votingEnds, String adoptableAt, String status) {
        this.id = id == null ? "" : id;
        this.name = name == null ? "" : name;
        this.baseVersion = baseVersion;
        this.content = content == null ? "" : content;
        this.modules = modules == null ? new String[0] : modules.clone();
        this.requires = requires == null ? new String[0] : requires.clone();
        this.proposer = proposer == null ? "" : proposer;
        this.createdAt = createdAt == null ? "" : createdAt;
        this.votingEnds = votingEnds == null ? "" : votingEnds;
        this.adoptableAt = adoptableAt == null ? "" : adoptableAt;
        this.status = status == null ? "" : status;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public String getContent() {
        return content;
    }

    public String[] getModules() {
        return modules.clone();
    }

    public String[] getRequires() {
        return requires.clone();
    }

    public String getProposer() {
        return proposer;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getVotingEnds() {
        return votingEnds;
    }

    public String getAdoptableAt() {
        return adoptableAt;
    }

    public String getStatus() {
        return status;
    }
}
