package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The templates module (LANGUAGE.md §4): instance-level node templates (group, operated_by, ipv4_addr, status). */
@Contract(name = "templates", info = @Info(title = "DiaC templates", version = "1.0",
        description = "Instance-level node templates (group, operated_by, ipv4_addr, status)"))
public final class TemplatesContract implements ContractInterface {

    /** The templates module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.TEMPLATES);
    }

    /** A new version of the whole document that changes the templates module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.TEMPLATES);
    }
}
