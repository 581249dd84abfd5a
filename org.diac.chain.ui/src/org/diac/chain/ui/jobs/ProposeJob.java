package org.diac.chain.ui.jobs;

import java.util.function.Consumer;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import org.diac.chain.ui.ChainUi;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Propose change: validates like Publish, then proposes the text as the next version (as {@code diac propose}). */
public class ProposeJob extends DocumentSubmitJob<Submitted<ProposalRecord>> {

	public ProposeJob(IFile file, String text, ChainConnection connection, Consumer<Submitted<ProposalRecord>> onProposed) {
		super("propose", "Propose " + file.getName() + " as a change on chain", file, text, connection, onProposed);
	}

	@Override
	protected IStatus call(DiacLedger ledger, IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Submitted<ProposalRecord> p = ledger.propose(name, text);
		submitted(p);
		ProposalRecord r = p.value();
		return ChainUi.ok("Proposal " + r.id() + " on " + name + " version " + r.baseVersion() + ": changes "
				+ String.join(", ", r.modules()) + "; needs " + String.join(" and ", r.requires()) + "; voting ends "
				+ r.votingEnds() + "; adoptable from " + r.adoptableAt() + " (tx " + p.txId() + ")");
	}
}
