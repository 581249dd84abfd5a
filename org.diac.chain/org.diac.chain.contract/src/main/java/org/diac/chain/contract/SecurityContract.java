package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The security module (LANGUAGE.md §4): blacklist and Permissions policies. */
@Contract(name = "security", info = @Info(title = "DiaC security", version = "1.0",
        description = "Blacklist and Permissions policies"))
public final class SecurityContract implements ContractInterface {

    /** The security module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.SECURITY);
    }

    /** A new version of the whole document that changes the security module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.SECURITY);
    }

    /**
     * Adds a certificate's SHA-256 fingerprint to the Blacklist's {@code credentials} (a new version that changes the
     * security module only), if the adopted Permissions rule of the security module lets the submitter change it
     * directly; under {@code governance} or {@code multisig} the change is proposed instead. A blacklisted
     * certificate submits nothing afterwards.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion blacklist(Context ctx, String name, String fingerprint) {
        return DocumentService.publish(ctx, name, Documents.toYaml(Membership.blacklist(DocumentService.latest(ctx, name),
                fingerprint)), Module.SECURITY);
    }
}
