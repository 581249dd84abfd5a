package org.diac.cli.chain;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.LedgerIdentity;
import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.network.DiacPaths;
import picocli.CommandLine.Option;

/**
 * What every chain command shares: which network ({@code --profile}, default the local network's connection
 * profile) and who signs ({@code --identity}), and how failures become exit codes.
 */
public final class LedgerOptions {

    /** Exit codes of the chain commands. */
    public static final int OK = 0;
    /** Validation errors, or the chaincode refused (unknown document, permission, policy, governance rule). */
    public static final int REFUSED = 1;
    /** Wrong usage, unreadable input or unwritable output. */
    public static final int USAGE = 2;
    /** No network: the gateway cannot be reached, no connection profile, or an unreadable identity. */
    public static final int NO_NETWORK = 3;
    /** Endorsement, ordering or commit failed (the message gives the status). */
    public static final int TX_FAILED = 4;

    @Option(names = "--identity", paramLabel = "NAME", description = "who signs: an identity of the profile "
            + "(User1@org1, Admin@org2, ...) or an operator issued by `diac network up` (network/identities/NAME/); "
            + "default: " + LedgerIdentity.DEFAULT)
    String identity;

    @Option(names = "--profile", paramLabel = "FILE", description = "connection profile (default: the local "
            + "network's, ${DIAC_HOME:-<repo>/.diac}/network/" + ConnectionProfile.FILE_NAME + ")")
    Path profile;

    Path profileFile() {
        return profile != null ? profile : DiacPaths.resolve(null).networkDir().resolve(ConnectionProfile.FILE_NAME);
    }

    public DiacLedger connect() {
        return DiacLedger.builder().profile(profileFile()).identity(identity).connect();
    }

    /** What a chain command does once connected; returns its exit code. */
    @FunctionalInterface
    public interface LedgerAction {
        int apply(DiacLedger ledger);
    }

    /**
     * Connects, runs {@code action} and closes the connection; a {@link ChainException} becomes its message on
     * {@code err} and the exit code for its reason.
     */
    public int run(String command, PrintWriter err, LedgerAction action) {
        try (DiacLedger l = connect()) {
            return action.apply(l);
        } catch (ChainException e) {
            return fail(command, e, err);
        }
    }

    /** Prints {@code command: message} and returns the exit code for the failure. */
    public static int fail(String command, ChainException e, PrintWriter err) {
        err.println("diac " + command + ": " + e.getMessage());
        err.flush();
        return switch (e.reason()) {
            case SETUP, NETWORK_DOWN -> NO_NETWORK;
            case NOT_FOUND, PERMISSION_DENIED, REFUSED -> REFUSED;
            case ENDORSEMENT_FAILED, SUBMIT_FAILED, COMMIT_FAILED, CONFLICT -> TX_FAILED;
        };
    }
}
