package org.diac.chain.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.diac.chain.client.HistoryEntry;
import org.diac.chain.client.ProposalRecord;

/** An open proposal with the votes and approvals cast on it so far (from the document's history). */
public record ProposalRow(ProposalRecord proposal, List<String> votes) {

	/** The open proposals of a document, each with its votes ("alice yes", "bob approve"). */
	public static List<ProposalRow> open(List<ProposalRecord> proposals, List<HistoryEntry> history) {
		List<ProposalRow> rows = new ArrayList<>();
		for (ProposalRecord p : proposals) {
			if (!"open".equals(p.status())) {
				continue;
			}
			List<String> votes = history.stream()
					.filter(h -> p.id().equals(h.proposalId()) && ("vote".equals(h.kind()) || "approve".equals(h.kind())))
					.map(HistoryEntry::detail).toList();
			rows.add(new ProposalRow(p, votes));
		}
		return rows;
	}

	public String votesText() {
		return votes.isEmpty() ? "none yet" : String.join(", ", votes);
	}
}
