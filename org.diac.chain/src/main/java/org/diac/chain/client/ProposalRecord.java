package org.diac.chain.client;

import java.util.List;

/**
 * A proposed change of a document: its id (the proposing transaction's id), the version it changes, the modules it
 * changes and what they require ({@code governance}: a stake-weighted vote; {@code multisig}: approvals), its
 * deadlines (ISO-8601 instants from transaction timestamps) and its {@code status} (open, adopted, rejected).
 */
public record ProposalRecord(String id, String name, long baseVersion, List<String> modules, List<String> requires,
        String proposer, String createdAt, String votingEnds, String adoptableAt, String status) {
}
