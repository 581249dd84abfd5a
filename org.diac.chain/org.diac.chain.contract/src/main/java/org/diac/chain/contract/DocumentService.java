package org.diac.chain.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diac.chain.contract.Adoption.Candidate;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The transactions the contracts share: direct changes, export, reading one module. */
final class DocumentService {

    private DocumentService() {
    }

    /**
     * A direct change (no proposal): the first version of a new document, or a new version whose changed modules
     * the submitter may change under the adopted Permissions policy. With {@code only} set, the change must stay
     * inside that module.
     */
    static DocumentVersion publish(Context ctx, String name, String content, Module only) {
        return publish(ctx, name, content, null, only);
    }

    /** As {@link #publish(Context, String, String, Module)}, with the local files it imports (null: carried over). */
    static DocumentVersion publish(Context ctx, String name, String content, Map<String, String> imports,
            Module only) {
        Submitter who = Submitter.of(ctx.getClientIdentity());
        Candidate c = Adoption.candidate(ctx, name, content, imports, who);
        if (c.base() != null) {
            if (only != null && !List.of(only).containsAll(c.changed())) {
                throw ChainError.PERMISSION_DENIED.exception("the " + only.id() + " contract changes the " + only.id()
                        + " module only; this document also changes " + c.changed().stream().filter(m -> m != only)
                                .map(Module::id).toList());
            }
            Policies adopted = new Policies(Resolver.resolve(c.baseDocument()));
            Permissions.checkDirect(adopted, c.base().getCreator(), who, c.changed());
        }
        return Adoption.write(ctx, c, Adoption.PUBLISH, "", who);
    }

    /**
     * An operator's change of its own membership (join, leave; see {@link Membership}): no Permissions rule applies,
     * because the change only adds or removes the submitter itself (the paper's operators join by staking), but
     * every policy check and blacklist does. With {@code only} set, the change must stay inside that module.
     */
    static DocumentVersion membership(Context ctx, String name, Map<Object, Object> edited, Submitter who, Module only) {
        Candidate c = Adoption.candidate(ctx, name, Documents.toYaml(edited), who);
        if (only != null && !List.of(only).containsAll(c.changed())) {
            throw ChainError.INVALID_ARGUMENT.exception("this change must stay in the " + only.id()
                    + " module, but changes " + c.changed().stream().map(Module::id).toList());
        }
        return Adoption.write(ctx, c, Adoption.PUBLISH, "", who);
    }

    /** The latest version of {@code name} as a document tree (refused with NOT_FOUND when there is none). */
    static Map<Object, Object> latest(Context ctx, String name) {
        return Ledger.document(ctx.getStub(), Ledger.version(ctx.getStub(), name, 0));
    }

    /** A version rebuilt from its modules, as YAML or JSON, optionally resolved. */
    static ExportedDocument export(Context ctx, String name, long version, String format, boolean resolve) {
        String f = format == null || format.isBlank() ? "yaml" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("yaml") && !f.equals("json")) {
            throw ChainError.INVALID_ARGUMENT.exception("format must be yaml or json, got '"
                    + Documents.abbreviate(format) + "'");
        }
        ChaincodeStub stub = ctx.getStub();
        DocumentVersion v = Ledger.version(stub, name, version);
        Map<Object, Object> doc = Ledger.document(stub, v);
        if (resolve) {
            doc = Resolver.resolve(doc);
        }
        String content = f.equals("json") ? Documents.toJson(doc) : Documents.toYaml(doc);
        return new ExportedDocument(v.getName(), v.getVersion(), f, v.getTxId(), v.getTimestamp(), v.getSubmitter(),
                content);
    }

    static ModuleState read(Context ctx, String name, long version, Module m) {
        return Ledger.module(ctx.getStub(), Ledger.version(ctx.getStub(), name, version), m);
    }
}
