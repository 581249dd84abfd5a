package org.diac.chain.contract;

import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The chaincode's refusals. The code travels as the payload of the {@link ChaincodeException}, so a client can
 * match on it; the message names the element and the rule.
 */
public enum ChainError {
    /** A transaction argument is missing, empty, too large or malformed. */
    INVALID_ARGUMENT,
    /** The document is not readable YAML/JSON, or not a mapping at the top. */
    MALFORMED_DOCUMENT,
    /** Unknown document, version, module or proposal. */
    NOT_FOUND,
    /** Stored state that the chaincode cannot read back (never written by this chaincode). */
    CORRUPT_STATE,
    /** An operator's stake is below the Staking policy's {@code stake_threshold}. */
    STAKE_BELOW_THRESHOLD,
    /** More operators than the Staking policy's {@code max_operators}. */
    TOO_MANY_OPERATORS,
    /** Worker instances exceed the slots that stakes buy (Σ floor(stake / unit_stake)). */
    SLOTS_EXCEEDED,
    /** An operator's share of the total stake exceeds the Decentralization policy's {@code max_stake_share}. */
    STAKE_SHARE,
    /** More operators on one continent than the Decentralization policy's {@code max_per_continent}. */
    CONTINENT_LIMIT,
    /** A larger share of cloud operators than the Decentralization policy's {@code max_cloud_share}. */
    CLOUD_SHARE,
    /** A blacklisted operator, node, subject or certificate is used, or submits. */
    BLACKLISTED,
    /** The Permissions policy does not let the submitter change a module directly. */
    PERMISSION_DENIED,
    /** The submitter is not an operator (or signer) of the adopted document. */
    NOT_OPERATOR,
    /** A second vote or approval by the same operator. */
    DOUBLE_VOTE,
    /** A vote after the voting period. */
    VOTING_CLOSED,
    /** Adoption before the voting period and the time-lock have passed, or before k approvals. */
    PREMATURE_ADOPTION,
    /** The proposal was already adopted or rejected, or its base version is no longer the latest. */
    PROPOSAL_CLOSED,
    /** A VRF proof that does not verify against the proposer's registered key and the epoch's alpha. */
    INVALID_PROOF,
    /** An epoch proposed by an operator whose turn it is not (or when no operator has an eligible VRF key). */
    OUT_OF_TURN,
    /** An epoch other than the next one: an epoch already stored (a replay) or one that skips ahead. */
    WRONG_EPOCH,
    /** An operator's VRF key is registered once; another registration is refused. */
    VRF_KEY_EXISTS,
    /** An operator reports on an instance slot the current epoch did not give it. */
    SLOT_NOT_GIVEN;

    /** The exception to throw: {@code message} for people, the code as payload for programs. */
    public ChaincodeException exception(String message) {
        return new ChaincodeException(name() + ": " + message, name());
    }
}
