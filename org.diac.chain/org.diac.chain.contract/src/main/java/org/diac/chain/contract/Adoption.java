package org.diac.chain.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diac.chain.contract.DocumentSplitter.ModuleSplit;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Every way a document changes ends here: a new version is checked completely, then written (all modules, the
 * imported files, the version record, the latest pointer, a history entry) and announced with the event {@value #EVENT}. Nothing is
 * written before every check has passed, so a refusal leaves the state as it was.
 */
final class Adoption {

    static final String EVENT = "DocumentAdopted";
    static final String PUBLISH = "publish";
    static final String ADOPT = "adopt";

    /**
     * A checked new version, ready to write; {@code baseDocument} is the latest version as a tree (null with
     * {@code base}), read once here for every later check.
     */
    record Candidate(String name, Map<Object, Object> document, ModuleSplit split, Map<Module, String> contents,
            String layout, Map<String, String> imports, List<Module> changed, DocumentVersion base,
            Map<Object, Object> baseDocument) {
    }

    private Adoption() {
    }

    /**
     * Reads and checks {@code content} as the next version of {@code name}: the document's own policies, the
     * submitter against the blacklists; {@code changed} lists the modules that differ from the latest version.
     */
    static Candidate candidate(Context ctx, String name, String content, Submitter who) {
        return candidate(ctx, name, content, null, who);
    }

    /**
     * As {@link #candidate(Context, String, String, Submitter)}, with the local files the document imports
     * ({@code imports} null: those of the latest version carry over). The imported files belong to the core module,
     * as the {@code imports} key does.
     */
    static Candidate candidate(Context ctx, String name, String content, Map<String, String> imports, Submitter who) {
        Ledger.checkName(name);
        Map<Object, Object> doc = Documents.read(content);
        ModuleSplit split = DocumentSplitter.split(doc);
        Map<Module, String> contents = Ledger.contents(split);
        String layout = Documents.toYaml(split.layout());
        ChaincodeStub stub = ctx.getStub();
        DocumentVersion base = Ledger.latest(stub, name);
        List<Module> changed = new ArrayList<>();
        Map<String, String> files = imports;
        Map<Object, Object> baseDocument = null;
        if (base == null) {
            changed.addAll(List.of(Module.values()));
            files = files == null ? Map.of() : files;
        } else {
            Map<Module, ModuleState> stored = Ledger.modules(stub, base);
            for (Module m : Module.values()) {
                if (!stored.get(m).getContent().equals(contents.get(m))) {
                    changed.add(m);
                }
            }
            Map<String, String> baseFiles = ImportedFiles.stored(stub, name, base.getVersion());
            files = files == null ? baseFiles : files;
            if (!files.equals(baseFiles) && !changed.contains(Module.CORE)) {
                changed.add(0, Module.CORE);
            }
            if (changed.isEmpty() && !layout.equals(base.getLayout())) {
                // key order alone changed: the layout lives with core. (A module that gains or loses a part changes
                // the layout too; that change is the module's, and its rule decides.)
                changed.add(Module.CORE);
            }
            if (changed.isEmpty()) {
                throw ChainError.INVALID_ARGUMENT.exception("document '" + name + "' is unchanged from version "
                        + base.getVersion());
            }
            baseDocument = DocumentSplitter.join(Ledger.split(base, stored));
            PolicyCheck.submitter(baseDocument, who);
        }
        PolicyCheck.check(doc);
        PolicyCheck.submitter(doc, who);
        return new Candidate(name, doc, split, contents, layout, files, changed, base, baseDocument);
    }

    /** Writes {@code c} as the next version; {@code kind} is publish (direct) or adopt (through a proposal). */
    static DocumentVersion write(Context ctx, Candidate c, String kind, String proposalId, Submitter who) {
        ChaincodeStub stub = ctx.getStub();
        long version = c.base() == null ? 1 : c.base().getVersion() + 1;
        String txId = stub.getTxId();
        String at = timestamp(stub).toString();
        String creator = c.base() == null ? who.display() : c.base().getCreator();
        String[] modules = c.changed().stream().map(Module::id).toArray(String[]::new);
        DocumentVersion record = new DocumentVersion(c.name(), version, kind, txId, at, who.display(), creator,
                proposalId, modules, c.layout());
        for (Module m : Module.values()) {
            Ledger.put(stub, Ledger.moduleKey(stub, c.name(), version, m),
                    new ModuleState(c.name(), version, m.id(), c.contents().get(m)));
        }
        ImportedFiles.write(stub, c.name(), version, c.imports());
        Ledger.put(stub, Ledger.versionKey(stub, c.name(), version), record);
        Ledger.put(stub, Ledger.latestKey(stub, c.name()), record);
        history(ctx, c.name(), version, who, kind, proposalId, "modules " + String.join(", ", modules)
                + (c.imports().isEmpty() ? "" : "; imported files " + String.join(", ", c.imports().keySet())));
        stub.setEvent(EVENT, Records.toBytes(new DocumentAdopted(c.name(), version, kind, txId)));
        return record;
    }

    static HistoryEntry history(Context ctx, String name, long version, Submitter who, String kind, String proposalId,
            String detail) {
        ChaincodeStub stub = ctx.getStub();
        Instant at = timestamp(stub);
        HistoryEntry entry = new HistoryEntry(name, version, stub.getTxId(), at.toString(), who.display(), kind,
                proposalId, detail);
        Ledger.put(stub, Ledger.historyKey(stub, name, at, stub.getTxId()), entry);
        return entry;
    }

    static Instant timestamp(ChaincodeStub stub) {
        Instant at = stub.getTxTimestamp();
        return at == null ? Instant.EPOCH : at;
    }
}
