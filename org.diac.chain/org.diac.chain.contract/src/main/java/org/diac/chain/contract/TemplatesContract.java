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

    /**
     * The operator of instance {@code instance} (its slot in the latest epoch's allocation; or a node template the
     * operator's {@code operated_by} names, or the operator template itself), which must be the submitter, reports its
     * TOSCA state (§3.4.1) and address ({@code ipv4}, may be empty). Refused with SLOT_NOT_GIVEN for an instance not
     * given to the submitter.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public InstanceStatus reportStatus(Context ctx, String name, String instance, String status, String ipv4) {
        return InstanceReports.report(ctx, name, instance, status, ipv4);
    }

    /** The last reported status of every instance of {@code name}, by instance name. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public InstanceStatus[] statuses(Context ctx, String name) {
        return InstanceReports.all(ctx.getStub(), name).toArray(InstanceStatus[]::new);
    }
}
