package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The topology module (LANGUAGE.md §4): types and the type-level node templates, groups, outputs, other policies. */
@Contract(name = "topology", info = @Info(title = "DiaC topology", version = "1.0",
        description = "Types and the type-level node templates, groups, outputs, other policies"))
public final class TopologyContract implements ContractInterface {

    /** The topology module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.TOPOLOGY);
    }

    /** A new version of the whole document that changes the topology module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.TOPOLOGY);
    }
}
