package org.diac.chain.client;

/** What a committed transaction returned, with its id and the block it was committed in. */
public record Submitted<T>(T value, String txId, long block) {
}
