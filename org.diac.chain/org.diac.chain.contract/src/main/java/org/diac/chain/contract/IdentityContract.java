package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The identity module (LANGUAGE.md §4): operator node templates: names, identities (MSP ID, subject, pinned certificate), stakes. */
@Contract(name = "identity", info = @Info(title = "DiaC identity", version = "1.0",
        description = "Operator node templates: names, identities (MSP ID, subject, pinned certificate), stakes"))
public final class IdentityContract implements ContractInterface {

    /** The identity module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.IDENTITY);
    }

    /** A new version of the whole document that changes the identity module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.IDENTITY);
    }

    /**
     * The submitter joins document {@code name} as operator {@code operator}: a new version whose identity module
     * gains a template bound to the submitter's MSP ID and certificate common name (a request giving
     * {@code identity.cert} pins the submitter's certificate). {@code request} holds the operator's properties as
     * YAML or JSON ({@code stake} required). Refused below the Staking {@code stake_threshold}, above
     * {@code max_operators}, and by every other policy check and blacklist.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion join(Context ctx, String name, String operator, String request) {
        Submitter who = Submitter.of(ctx.getClientIdentity());
        return DocumentService.membership(ctx, name, Membership.join(DocumentService.latest(ctx, name), operator,
                request, who), who, Module.IDENTITY);
    }

    /**
     * Operator {@code operator}, which must be the submitter, leaves document {@code name}: a new version without its
     * template and without its name in policy targets and group members.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion leave(Context ctx, String name, String operator) {
        Submitter who = Submitter.of(ctx.getClientIdentity());
        return DocumentService.membership(ctx, name, Membership.leave(DocumentService.latest(ctx, name), operator, who),
                who, null);
    }
}
