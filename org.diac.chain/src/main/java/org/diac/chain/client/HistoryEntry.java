package org.diac.chain.client;

/**
 * One event in a document's history: {@code kind} is publish, propose, vote, approve, adopt or reject;
 * {@code version} is the version it concerns (for a proposal or vote: the version the proposal changes).
 */
public record HistoryEntry(String name, long version, String txId, String timestamp, String submitter, String kind,
        String proposalId, String detail) {
}
