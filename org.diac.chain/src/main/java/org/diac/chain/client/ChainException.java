package org.diac.chain.client;

/**
 * Why a ledger call failed, for people ({@link #getMessage()}) and for programs ({@link #reason()}, and
 * {@link #code()}: the chaincode's refusal code such as {@code NOT_FOUND} or {@code PERMISSION_DENIED}, when the
 * chaincode refused).
 */
public final class ChainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure: what a caller may do about it differs. */
    public enum Reason {
        /** No connection profile, or an identity that cannot be read: fix the local set-up. */
        SETUP,
        /** The gateway peer cannot be reached: start the network ({@code ./diac network up}) or fix the profile. */
        NETWORK_DOWN,
        /** Unknown document, version or proposal (chaincode code {@code NOT_FOUND}). */
        NOT_FOUND,
        /** The submitter may not do this ({@code PERMISSION_DENIED}, {@code NOT_OPERATOR}, {@code BLACKLISTED}). */
        PERMISSION_DENIED,
        /** Any other refusal by the chaincode (policy checks, malformed input, governance rules). */
        REFUSED,
        /** The peers did not endorse the transaction (and the chaincode gave no reason). */
        ENDORSEMENT_FAILED,
        /** The orderer did not accept the transaction. */
        SUBMIT_FAILED,
        /** The transaction was ordered but not committed as valid (the status names why). */
        COMMIT_FAILED,
        /** Still an MVCC read conflict after the bounded retries. */
        CONFLICT
    }

    private final Reason reason;
    private final String code;

    public ChainException(Reason reason, String code, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.code = code;
    }

    public ChainException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The chaincode's refusal code, or the transaction's validation code on a commit failure; may be null. */
    public String code() {
        return code;
    }
}
