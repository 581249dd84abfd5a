package org.diac.chain.ui.commands;

import org.diac.chain.ui.jobs.DocumentFacts;
import org.diac.chain.ui.views.HistoryView;
import org.diac.chain.ui.views.LedgerView;
import org.diac.chain.ui.views.ProposalsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** History / Proposals (DiaC menu): opens the view on the active editor's document, when there is one. */
public class ShowHistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		boolean proposals = "org.diac.chain.ui.showProposals".equals(event.getCommand().getId());
		String name = EditorDocument.active(event).map(d -> DocumentFacts.of(d.text()).templateName()).orElse(null);
		Views.show(proposals ? ProposalsView.ID : HistoryView.ID, LedgerView.class, view -> {
			if (name != null) {
				view.show(name);
			}
		});
		return null;
	}
}
