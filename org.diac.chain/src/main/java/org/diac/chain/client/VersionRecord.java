package org.diac.chain.client;

import java.util.List;

/**
 * One version of a document on chain, as the chaincode's {@code DocumentVersion} reports it: {@code kind} is
 * {@code publish} or {@code adopt}; {@code submitter} is {@code MSPID:subject}.
 */
public record VersionRecord(String name, long version, String kind, String txId, String timestamp, String submitter,
        String proposalId, List<String> modules) {
}
