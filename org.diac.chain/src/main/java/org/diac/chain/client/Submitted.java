package org.diac.chain.client;

/**
 * What a committed transaction returned, with its id and the block it was committed in, and how long its
 * endorsement took (the peers running the chaincode; 0 when not measured): {@code diac bench mapper --chain} reports
 * it apart from ordering and commit.
 */
public record Submitted<T>(T value, String txId, long block, long endorseNanos) {

    public Submitted(T value, String txId, long block) {
        this(value, txId, block, 0);
    }
}
