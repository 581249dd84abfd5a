package org.diac.chain.client;

/**
 * A transaction the orderer has accepted whose commit has not been waited for yet: {@link #await} waits for it and
 * returns what it returned, or throws the {@link ChainException} of its failure.
 */
@FunctionalInterface
public interface PendingTransaction<T> {

    Submitted<T> await();

    /** Whether the commit is known already ({@link #await} returns at once). */
    default boolean committed() {
        return false;
    }

    /** A transaction whose commit was waited for. */
    static <T> PendingTransaction<T> done(Submitted<T> submitted) {
        return new PendingTransaction<>() {
            @Override
            public Submitted<T> await() {
                return submitted;
            }

            @Override
            public boolean committed() {
                return true;
            }
        };
    }
}
