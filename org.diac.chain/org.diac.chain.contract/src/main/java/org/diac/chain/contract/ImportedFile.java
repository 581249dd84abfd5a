package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/**
 * A local file a document imports, published with it: {@code path} is relative to the document's folder, as the
 * document's {@code imports} name it.
 */
@DataType
public final class ImportedFile {

    @Property
    private final String name;

    @Property
    private final long version;

    @Property
    private final String path;

    @Property
    private final String content;

    /** For the Contract API's serializer, which sets the fields. */
    public ImportedFile() {
        this("", 0, "", "");
    }

    public ImportedFile(String name, long version, String path, String content) {
        this.name = name == null ? "" : name;
        this.version = version;
        this.path = path == null ? "" : path;
        this.content = content == null ? "" : content;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }
}
