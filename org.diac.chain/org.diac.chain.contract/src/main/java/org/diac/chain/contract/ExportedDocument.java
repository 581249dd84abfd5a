package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** A version of a document rebuilt from its modules, in YAML or JSON. */
@DataType
public final class ExportedDocument {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String format;

    @Property
    private final String txId;

    @Property
    private final String timestamp;

    @Property
    private final String submitter;

    @Property
    private final String content;

    /** For the Contract API's serializer, which sets the fields. */
    public ExportedDocument() {
        this.name = "";
        this.version = 0;
        this.format = "";
        this.txId = "";
        this.timestamp = "";
        this.submitter = "";
        this.content = "";
    }

    public ExportedDocument(String name, long version, String format, String txId, String timestamp, String submitter, String content) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.format = format == null ? "" : format;
        this.txId = txId == null ? "" : txId;
        this.timestamp = timestamp == null ? "" : timestamp;
        this.submitter = submitter == null ? "" : submitter;
        this.content = content == null ? "" : content;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public String getFormat() {
        return format;
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

    public String getContent() {
        return content;
    }
}
