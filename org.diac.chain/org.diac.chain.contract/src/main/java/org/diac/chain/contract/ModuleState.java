package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** One module's part of one version of a document, as YAML in the document's shape. */
@DataType
public final class ModuleState {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String module;

    @Property
    private final String content;

    /** For the Contract API's serializer, which sets the fields. */
    public ModuleState() {
        this.name = "";
        this.version = 0;
        this.module = "";
        this.content = "";
    }

    public ModuleState(String name, long version, String module, String content) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.module = module == null ? "" : module;
        this.content = content == null ? "" : content;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public String getModule() {
        return module;
    }

    public String getContent() {
        return content;
    }
}
