package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** The governance module (LANGUAGE.md §4): the Governance policy, proposals, votes and approvals. */
@Contract(name = "governance", info = @Info(title = "DiaC governance", version = "1.0",
        description = "Governance policy; proposals, stake-weighted votes, multisig approvals, adoption"))
public final class GovernanceContract implements ContractInterface {

    /** Proposes {@code content} as the next version of {@code name}; the proposal's id is this transaction's id. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public Proposal propose(Context ctx, String name, String content) {
        return Governance.propose(ctx, name, content);
    }

    /** A stake-weighted vote, {@code yes} or {@code no}, by an operator, within the voting period. */
    /**
     * Proposes a module patch: {@code fragment} replaces module {@code module} of the latest version (in the
     * document's shape, as that module's {@code read} returns it); the proposal then carries the patched document.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public Proposal proposePatch(Context ctx, String name, String module, String fragment) {
        return Governance.proposePatch(ctx, name, module, fragment);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public Vote vote(Context ctx, String proposalId, String choice) {
        return Governance.vote(ctx, proposalId, choice);
    }

    /** A multisig approval by one of the signers. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public Vote approve(Context ctx, String proposalId) {
        return Governance.approve(ctx, proposalId);
    }

    /** Adopts a proposal that passed (after the time-lock), or records its rejection. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public Proposal adopt(Context ctx, String proposalId) {
        return Governance.adopt(ctx, proposalId);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public Proposal readProposal(Context ctx, String proposalId) {
        return Governance.read(ctx.getStub(), proposalId);
    }

    /** The proposals on document {@code name}, in id order. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public Proposal[] proposals(Context ctx, String name) {
        Ledger.version(ctx.getStub(), name, 0);
        return Ledger.list(ctx.getStub(), Proposal.class, p -> p.getName().equals(name), "proposal")
                .toArray(Proposal[]::new);
    }

    /** The governance module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.GOVERNANCE);
    }

    /** A new version that changes the governance module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.GOVERNANCE);
    }
}
