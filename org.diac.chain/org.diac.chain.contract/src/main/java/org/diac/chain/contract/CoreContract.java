package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The core module (LANGUAGE.md §4) and the document as a whole: publish, export, versions and history. It is the
 * default contract, so its transactions are also callable without the {@code core:} prefix.
 */
@Contract(name = "core", info = @Info(title = "DiaC core", version = "1.0",
        description = "Metadata, inputs, Staking/Epoch/Reputation/Decentralization policies; publish and export"))
@Default
public final class CoreContract implements ContractInterface {

    /** Publishes {@code content} (YAML or JSON) as the next version of document {@code name}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion publish(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, null);
    }

    /**
     * Publishes {@code content} with the local files it imports: {@code imports} is a JSON array of
     * {@code {"path", "content"}}, paths relative to the document's folder and inside it. The files become part of
     * the version (core module); {@link #imports} returns them.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion publishWithImports(Context ctx, String name, String content, String imports) {
        return DocumentService.publish(ctx, name, content, ImportedFiles.parse(imports), null);
    }

    /** The local files version {@code version} (0: the latest) imports, as published with it, by path. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ImportedFile[] imports(Context ctx, String name, long version) {
        DocumentVersion v = Ledger.version(ctx.getStub(), name, version);
        return Ledger.list(ctx.getStub(), ImportedFile.class, f -> true, "import", name, Ledger.v(v.getVersion()))
                .toArray(ImportedFile[]::new);
    }

    /** The same as {@link #publish} (the name the first chaincode used). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion publishVersion(Context ctx, String name, String content) {
        return publish(ctx, name, content);
    }

    /** A new version that changes the core module only. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.CORE);
    }

    /** Version {@code version} (0: the latest) as YAML or JSON, as published. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String export(Context ctx, String name, long version, String format) {
        return DocumentService.export(ctx, name, version, format, false).getContent();
    }

    /** Version {@code version} (0: the latest) with module references and {@code get_input}s replaced. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String resolve(Context ctx, String name, long version, String format) {
        return DocumentService.export(ctx, name, version, format, true).getContent();
    }

    /** Version {@code version} with who published it and when, and its content as YAML. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ExportedDocument readVersion(Context ctx, String name, long version) {
        if (version < 1) {
            throw ChainError.INVALID_ARGUMENT.exception("version must be 1 or more, got " + version);
        }
        return DocumentService.export(ctx, name, version, "yaml", false);
    }

    /** The latest version, like {@link #readVersion}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ExportedDocument readLatest(Context ctx, String name) {
        return DocumentService.export(ctx, name, 0, "yaml", false);
    }

    /** The version records of a document, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public DocumentVersion[] listVersions(Context ctx, String name) {
        Ledger.version(ctx.getStub(), name, 0);
        return Ledger.list(ctx.getStub(), DocumentVersion.class, v -> true, "version", name)
                .toArray(DocumentVersion[]::new);
    }

    /** Every publish, proposal, vote, approval, adoption and rejection of a document, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public HistoryEntry[] history(Context ctx, String name) {
        Ledger.version(ctx.getStub(), name, 0);
        return Ledger.list(ctx.getStub(), HistoryEntry.class, e -> true, "history", name).toArray(HistoryEntry[]::new);
    }

    /** The core module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.CORE);
    }
}
