package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** Payload of the chaincode event emitted on every adoption (kind publish or adopt). */
@DataType
public final class DocumentAdopted {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String kind;

    @Property
    private final String txId;

    /** For the Contract API's serializer, which sets the fields. */
    public DocumentAdopted() {
        this.name = "";
        this.version = 0;
        this.kind = "";
        this.txId = "";
    }

    public DocumentAdopted(String name, long version, String kind, String txId) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.kind = kind == null ? "" : kind;
        this.txId = txId == null ? "" : txId;
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
}
