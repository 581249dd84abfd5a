package org.diac.chain.client;

/** A vote ({@code yes}/{@code no}, weighted by {@code stake}) or a multisig approval ({@code approve}). */
public record VoteRecord(String proposalId, String voter, String choice, String stake, String txId, String timestamp,
        String submitter) {
}
