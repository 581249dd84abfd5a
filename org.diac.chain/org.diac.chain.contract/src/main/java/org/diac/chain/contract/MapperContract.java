package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The mapper module (LANGUAGE.md §4): allocation state per epoch. */
@Contract(name = "mapper", info = @Info(title = "DiaC mapper", version = "1.0",
        description = "Allocation state per epoch"))
public final class MapperContract implements ContractInterface {

    /** The mapper module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.MAPPER);
    }

    /** A new version of the whole document that changes the mapper module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.MAPPER);
    }
}
