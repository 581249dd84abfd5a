package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The artifacts module (LANGUAGE.md §4): artifact types and the artifact definitions of templates (links to IPFS or registries). */
@Contract(name = "artifacts", info = @Info(title = "DiaC artifacts", version = "1.0",
        description = "Artifact types and the artifact definitions of templates (links to IPFS or registries)"))
public final class ArtifactsContract implements ContractInterface {

    /** The artifacts module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.ARTIFACTS);
    }

    /** A new version of the whole document that changes the artifacts module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.ARTIFACTS);
    }
}
