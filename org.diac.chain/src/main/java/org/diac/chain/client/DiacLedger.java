package org.diac.chain.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.network.NetworkException;

/**
 * The DiaC chaincode as seen by one identity, through the Fabric Gateway of one peer. Documents go in and come out
 * as text (YAML or JSON): validating them is the caller's job (the CLI validates, then hands the text over), so
 * this client never depends on the language. Every failure is a {@link ChainException}.
 *
 * <pre>
 * try (DiacLedger ledger = DiacLedger.builder().profile(file).identity("alice").connect()) {
 *     Submitted&lt;VersionRecord&gt; v = ledger.publish("sharding-network", text);
 * }
 * </pre>
 */
public interface DiacLedger extends AutoCloseable {

    /** Export formats the chaincode writes. */
    enum Format {
        YAML, JSON;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Publishes {@code content} as the next version of {@code name} (core contract {@code publish}). */
    Submitted<VersionRecord> publish(String name, String content);

    /**
     * Publishes {@code content} with the local files it imports, which become part of the version (and replace the
     * files of the version before); see {@link #imports}.
     */
    Submitted<VersionRecord> publish(String name, String content, java.util.List<ImportedFile> imports);

    /** The local files version {@code version} (0: the latest) imports, as published with it. */
    List<ImportedFile> imports(String name, long version);

    /** Version {@code version} (0: the latest); with {@code resolve}, module references and inputs substituted. */
    String export(String name, long version, Format format, boolean resolve);

    /** The versions of {@code name}, oldest first. */
    List<VersionRecord> versions(String name);

    /** Every publish, proposal, vote, approval, adoption and rejection of {@code name}, oldest first. */
    List<HistoryEntry> history(String name);

    /** Proposes {@code content} as the next version of {@code name}; the proposal's id is the transaction id. */
    Submitted<ProposalRecord> propose(String name, String content);

    /**
     * Proposes a module patch: {@code fragment} (YAML or JSON in the document's shape, as that module's
     * {@code read} returns it) replaces module {@code module} of the latest version.
     */
    Submitted<ProposalRecord> proposePatch(String name, String module, String fragment);

    /** A stake-weighted vote on a proposal. */
    Submitted<VoteRecord> vote(String proposalId, boolean yes);

    /** A multisig approval of a proposal. */
    Submitted<VoteRecord> approve(String proposalId);

    /** Adopts a proposal that passed (or records its rejection when it failed). */
    Submitted<ProposalRecord> adopt(String proposalId);

    /** The proposals on {@code name}. */
    List<ProposalRecord> proposals(String name);

    /** One proposal. */
    ProposalRecord proposal(String proposalId);

    /**
     * The signer joins {@code name} as operator {@code operator} (identity contract {@code join}): {@code request}
     * holds the operator's properties as YAML or JSON, {@code stake} required.
     */
    Submitted<VersionRecord> join(String name, String operator, String request);

    /** Operator {@code operator}, the signer, leaves {@code name}. */
    Submitted<VersionRecord> leave(String name, String operator);

    /** Adds a certificate's SHA-256 fingerprint (hex) to the document's blacklist (security contract). */
    Submitted<VersionRecord> blacklist(String name, String fingerprint);

    // The mapper and templates modules (issue 11): VRF keys, epochs, instance reports, and the chaincode's events.

    /** Operator {@code operator}, the signer, registers its VRF public key (hex, compressed P-256) for {@code name}. */
    Submitted<VrfKeyRecord> registerVrfKey(String name, String operator, String publicKeyHex);

    /** The next epoch of {@code name}: whose turn and which alpha. */
    EpochTurn nextEpoch(String name);

    /** The signer, in turn, stores epoch {@code epoch} with its VRF proof of the epoch's alpha (hex; alpha optional). */
    Submitted<EpochRecord> proposeEpoch(String name, long epoch, String alphaHex, String proofHex);

    /** Epoch {@code epoch} of {@code name} (0: the latest). */
    EpochRecord epoch(String name, long epoch);

    /** The signer, operator of {@code instance} in the latest epoch, reports its state and address. */
    Submitted<InstanceStatusRecord> reportStatus(String name, String instance, String status, String ipv4);

    /**
     * {@link #reportStatus} without waiting for the commit: returns once the orderer has the transaction. A report
     * writes its instance's status without reading it, so an agent's reports cannot conflict with each other, and
     * the orderer keeps them in the order they were submitted. This default waits (a client without pipelining).
     */
    default PendingTransaction<InstanceStatusRecord> submitStatus(String name, String instance, String status,
            String ipv4) {
        return PendingTransaction.done(reportStatus(name, instance, status, ipv4));
    }

    /**
     * Whether {@link #submitStatus} may be called from several threads at once and returns before the commit, so
     * that an agent can endorse the reports of different instances in parallel (each instance's reports still one
     * after the other). False for this default, which waits.
     */
    default boolean pipelinesReports() {
        return false;
    }

    /** The last reported status of every instance of {@code name}. */
    List<InstanceStatusRecord> statuses(String name);

    /** The chaincode's events after the checkpoint in {@code checkpointFile} (created when absent). */
    ChainEvents events(Path checkpointFile);

    /** The gateway endpoint ({@code host:port}) this client talks to. */
    String endpoint();

    /** Who signs. */
    LedgerIdentity identity();

    @Override
    void close();

    static Builder builder() {
        return new Builder();
    }

    /** Connection settings; {@link #connect()} opens the gRPC channel (lazily: the first call reaches the peer). */
    final class Builder {
        Path profileFile;
        ConnectionProfile profile;
        String identityName;
        LedgerIdentity identity;
        String privateKeyPem;
        int conflictRetries = 3;
        Duration evaluateTimeout = Duration.ofSeconds(15);
        Duration endorseTimeout = Duration.ofSeconds(30);
        Duration submitTimeout = Duration.ofSeconds(15);
        Duration commitTimeout = Duration.ofSeconds(60);
        // A short safety net only: `network up` now waits until every peer's discovery names every organization's
        // peer with the chaincode (LocalFabricNetwork.awaitDiscovery), so the first transaction after `up` needs no
        // retry; this covers a peer restarted behind our back or a network started by other means.
        Duration discoveryWait = Duration.ofSeconds(5);

        Builder() {
        }

        /** The connection profile file ({@code network up} writes {@code network/connection-profile.json}). */
        public Builder profile(Path file) {
            this.profileFile = Objects.requireNonNull(file);
            return this;
        }

        /** A profile already read; {@code file} (may be null) locates the {@code identities/} folder beside it. */
        public Builder profile(ConnectionProfile profile, Path file) {
            this.profile = Objects.requireNonNull(profile);
            this.profileFile = file;
            return this;
        }

        /** An identity by name (null: {@value LedgerIdentity#DEFAULT}), see {@link LedgerIdentity#resolve}. */
        public Builder identity(String name) {
            this.identityName = name;
            this.identity = null;
            return this;
        }

        public Builder identity(LedgerIdentity identity) {
            this.identity = Objects.requireNonNull(identity);
            return this;
        }

        /**
         * The signer's private key as PEM text, read instead of the identity's key file: for callers that keep keys
         * out of files (the Eclipse IDE holds them in its encrypted secure storage).
         */
        public Builder privateKey(String pem) {
            this.privateKeyPem = Objects.requireNonNull(pem);
            return this;
        }

        /** How often a transaction invalidated by an MVCC read conflict is endorsed and submitted again. */
        public Builder conflictRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be 0 or more");
            }
            this.conflictRetries = retries;
            return this;
        }

        public Builder commitTimeout(Duration timeout) {
            this.commitTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * How long to wait, right after a network started, for the gateway peer to learn enough organizations'
         * peers to satisfy the endorsement policy.
         */
        public Builder discoveryWait(Duration wait) {
            this.discoveryWait = Objects.requireNonNull(wait);
            return this;
        }

        public DiacLedger connect() {
            if (profile == null) {
                if (profileFile == null) {
                    throw new IllegalStateException("no connection profile given");
                }
                if (!Files.isRegularFile(profileFile)) {
                    throw new ChainException(ChainException.Reason.SETUP, "no connection profile at " + profileFile
                            + ": start the local network with `./diac network up`, or name a profile with --profile FILE");
                }
                try {
                    profile = ConnectionProfile.read(profileFile);
                } catch (NetworkException e) {
                    throw new ChainException(ChainException.Reason.SETUP, null, e.getMessage(), e);
                }
            }
            LedgerIdentity who = identity != null ? identity : LedgerIdentity.resolve(profile, profileFile, identityName);
            return GatewayLedger.open(this, profile, who);
        }
    }
}
