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
}
