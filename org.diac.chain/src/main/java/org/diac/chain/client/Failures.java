package org.diac.chain.client;

import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Turns the Gateway's exceptions into {@link ChainException}s that say what happened and what to do. The
 * chaincode's refusals arrive as {@code chaincode response 500, CODE: reason} inside the gRPC status or its error
 * details; the code is the chaincode's {@code ChainError}.
 */
final class Failures {

    private static final Pattern CHAINCODE = Pattern.compile("chaincode response (\\d+), (.*)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("([A-Z][A-Z0-9_]{2,}): (.*)", Pattern.DOTALL);

    private Failures() {
    }

    static ChainException of(String transaction, String endpoint, GatewayException e) {
        Status status = e.getStatus();
        List<String> texts = new ArrayList<>();
        if (status.getDescription() != null) {
            texts.add(status.getDescription());
        }
        for (ErrorDetail d : e.getDetails()) {
            texts.add(d.getMessage());
        }
        for (String t : texts) {
            Matcher m = CHAINCODE.matcher(t);
            if (m.find()) {
                return refusal(transaction, m.group(2).trim(), e);
            }
        }
        if (unreachable(status, e)) {
            return networkDown(endpoint, status, e);
        }
        String what = String.join("; ", texts);
        if (e instanceof EndorseException endorse && GatewayLedger.peersNotYetKnown(endorse)) {
            return new ChainException(ChainException.Reason.ENDORSEMENT_FAILED, status.getCode().name(), transaction
                    + " was not endorsed: the gateway peer " + endpoint + " knows no peers of enough organizations "
                    + "to satisfy the endorsement policy (" + what + "); are the other organizations' peers up "
                    + "(`./diac network status`)?", e);
        }
        if (e instanceof EndorseException) {
            return new ChainException(ChainException.Reason.ENDORSEMENT_FAILED, status.getCode().name(),
                    transaction + " was not endorsed (" + status.getCode() + "): " + what, e);
        }
        if (e instanceof SubmitException) {
            return new ChainException(ChainException.Reason.SUBMIT_FAILED, status.getCode().name(),
                    transaction + " was endorsed but the orderer did not accept it (" + status.getCode() + "): " + what, e);
        }
        if (e instanceof CommitStatusException) {
            return new ChainException(ChainException.Reason.COMMIT_FAILED, status.getCode().name(),
                    transaction + " was submitted but its commit status is unknown (" + status.getCode() + "): " + what
                            + "; look it up in the history before submitting it again", e);
        }
        return new ChainException(ChainException.Reason.ENDORSEMENT_FAILED, status.getCode().name(),
                transaction + " failed at the peer (" + status.getCode() + "): " + what, e);
    }

    static ChainException of(String transaction, org.hyperledger.fabric.client.Status s) {
        return new ChainException(ChainException.Reason.COMMIT_FAILED, s.getCode().name(), transaction + " (tx "
                + s.getTransactionId() + ", block " + s.getBlockNumber() + ") was ordered but not committed: "
                + "validation status " + s.getCode() + "; nothing of it was applied", null);
    }

    static ChainException conflict(String transaction, int attempts, org.hyperledger.fabric.client.Status s) {
        return new ChainException(ChainException.Reason.CONFLICT, s.getCode().name(), transaction + " hit "
                + s.getCode() + " " + attempts + " times (other transactions changed what it read; last tx "
                + s.getTransactionId() + "); nothing of it was applied; try again", null);
    }

    /** A refusal message {@code CODE: reason} (or a plain message) of the chaincode. */
    static ChainException refusal(String transaction, String message, Throwable cause) {
        Matcher m = CODE.matcher(message);
        String code = m.matches() ? m.group(1) : null;
        ChainException.Reason reason = code == null ? ChainException.Reason.REFUSED : switch (code) {
            case "NOT_FOUND" -> ChainException.Reason.NOT_FOUND;
            case "PERMISSION_DENIED", "NOT_OPERATOR", "BLACKLISTED" -> ChainException.Reason.PERMISSION_DENIED;
            default -> ChainException.Reason.REFUSED;
        };
        return new ChainException(reason, code, transaction + " refused by the chaincode: " + message, cause);
    }

    private static boolean unreachable(Status status, GatewayException e) {
        if (status.getCode() == Status.Code.DEADLINE_EXCEEDED && e.getDetails().isEmpty()
                && !(e instanceof CommitStatusException)) {
            return true;
        }
        if (status.getCode() != Status.Code.UNAVAILABLE || !e.getDetails().isEmpty()) {
            return false;
        }
        String d = status.getDescription() == null ? "" : status.getDescription().toLowerCase(java.util.Locale.ROOT);
        // the gateway's own UNAVAILABLE answers (no endorsers, orderer unreachable) name what they lack
        return !(d.contains("endorse") || d.contains("orderer") || d.contains("chaincode") || d.contains("peer"));
    }

    private static ChainException networkDown(String endpoint, Status status, GatewayException e) {
        return new ChainException(ChainException.Reason.NETWORK_DOWN, status.getCode().name(),
                "cannot reach the Fabric gateway at " + endpoint + " (" + status.getCode()
                        + (status.getDescription() == null ? "" : ": " + status.getDescription())
                        + "): is the network up? Start the local one with `./diac network up`", e);
    }
}
