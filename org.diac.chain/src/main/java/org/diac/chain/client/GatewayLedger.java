package org.diac.chain.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.diac.chain.network.ConnectionProfile;
import org.hyperledger.fabric.client.CallOption;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/** {@link DiacLedger} over the Fabric Gateway of the identity's organization's peer (the first peer if none). */
final class GatewayLedger implements DiacLedger {

    private static final Gson GSON = new Gson();

    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Contract core;
    private final Contract governance;
    private final Contract identityContract;
    private final Contract security;
    private final Contract mapper;
    private final Contract templates;
    private final Network network;
    private final String chaincode;
    private final String endpoint;
    private final LedgerIdentity identity;
    private final int conflictRetries;
    private final Duration commitTimeout;
    private final Duration discoveryWait;

    private GatewayLedger(ManagedChannel channel, Gateway gateway, ConnectionProfile profile, String endpoint,
            LedgerIdentity identity, DiacLedger.Builder b) {
        this.channel = channel;
        this.gateway = gateway;
        Network network = gateway.getNetwork(profile.channel());
        this.core = network.getContract(profile.chaincode(), "core");
        this.governance = network.getContract(profile.chaincode(), "governance");
        this.identityContract = network.getContract(profile.chaincode(), "identity");
        this.security = network.getContract(profile.chaincode(), "security");
        this.mapper = network.getContract(profile.chaincode(), "mapper");
        this.templates = network.getContract(profile.chaincode(), "templates");
        this.network = network;
        this.chaincode = profile.chaincode();
        this.endpoint = endpoint;
        this.identity = identity;
        this.conflictRetries = b.conflictRetries;
        this.commitTimeout = b.commitTimeout;
        this.discoveryWait = b.discoveryWait;
    }

    static GatewayLedger open(DiacLedger.Builder b, ConnectionProfile profile, LedgerIdentity who) {
        ConnectionProfile.Endpoint peer = profile.peer(who.mspId()).orElse(profile.peers().get(0));
        X509Identity id;
        org.hyperledger.fabric.client.identity.Signer signer;
        try (Reader cert = Files.newBufferedReader(who.certificate(), StandardCharsets.US_ASCII);
                Reader key = b.privateKeyPem != null ? new java.io.StringReader(b.privateKeyPem)
                        : Files.newBufferedReader(who.privateKey(), StandardCharsets.US_ASCII)) {
            id = new X509Identity(who.mspId(), Identities.readX509Certificate(cert));
            java.security.PrivateKey privateKey = Identities.readPrivateKey(key);
            signer = P256Signer.of(privateKey).orElseGet(() -> Signers.newPrivateKeySigner(privateKey));
        } catch (IOException | CertificateException | InvalidKeyException e) {
            throw new ChainException(ChainException.Reason.SETUP, null, "cannot read identity '" + who.name() + "' ("
                    + who.certificate() + ", " + (b.privateKeyPem != null ? "key given as text" : who.privateKey())
                    + "): " + e.getMessage(), e);
        }
        ManagedChannel channel;
        try {
            ChannelCredentials tls = TlsChannelCredentials.newBuilder().trustManager(Path.of(peer.tlsCaCert()).toFile())
                    .build();
            channel = Grpc.newChannelBuilder(peer.address(), tls).build();
        } catch (IOException e) {
            throw new ChainException(ChainException.Reason.SETUP, null, "cannot read the TLS CA certificate of "
                    + peer.address() + " (" + peer.tlsCaCert() + "): " + e.getMessage(), e);
        }
        Gateway gateway = Gateway.newInstance().identity(id).signer(signer).hash(Hash.SHA256).connection(channel)
                .evaluateOptions(deadline(b.evaluateTimeout)).endorseOptions(deadline(b.endorseTimeout))
                .submitOptions(deadline(b.submitTimeout)).commitStatusOptions(deadline(b.commitTimeout)).connect();
        return new GatewayLedger(channel, gateway, profile, peer.address(), who, b);
    }

    private static UnaryOperator<io.grpc.CallOptions> deadline(Duration d) {
        return options -> options.withDeadlineAfter(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Submitted<VersionRecord> publish(String name, String content) {
        return submit(core, "publish", VersionRecord.class, name, content);
    }

    @Override
    public Submitted<VersionRecord> publish(String name, String content, List<ImportedFile> imports) {
        return submit(core, "publishWithImports", VersionRecord.class, name, content, GSON.toJson(imports));
    }

    @Override
    public Submitted<VersionRecord> join(String name, String operator, String request) {
        return submit(identityContract, "join", VersionRecord.class, name, operator, request);
    }

    @Override
    public Submitted<VersionRecord> leave(String name, String operator) {
        return submit(identityContract, "leave", VersionRecord.class, name, operator);
    }

    @Override
    public Submitted<VersionRecord> blacklist(String name, String fingerprint) {
        return submit(security, "blacklist", VersionRecord.class, name, fingerprint);
    }

    @Override
    public List<ImportedFile> imports(String name, long version) {
        return Arrays.asList(parse("imports", evaluate(core, "imports", name, Long.toString(version)),
                ImportedFile[].class));
    }

    @Override
    public String export(String name, long version, Format format, boolean resolve) {
        byte[] r = evaluate(core, resolve ? "resolve" : "export", name, Long.toString(version), format.id());
        return new String(r, StandardCharsets.UTF_8);
    }

    @Override
    public List<VersionRecord> versions(String name) {
        return Arrays.asList(parse("listVersions", evaluate(core, "listVersions", name), VersionRecord[].class));
    }

    @Override
    public List<HistoryEntry> history(String name) {
        return Arrays.asList(parse("history", evaluate(core, "history", name), HistoryEntry[].class));
    }

    @Override
    public Submitted<ProposalRecord> propose(String name, String content) {
        return submit(governance, "propose", ProposalRecord.class, name, content);
    }

    @Override
    public Submitted<ProposalRecord> proposePatch(String name, String module, String fragment) {
        return submit(governance, "proposePatch", ProposalRecord.class, name, module, fragment);
    }

    @Override
    public Submitted<VoteRecord> vote(String proposalId, boolean yes) {
        return submit(governance, "vote", VoteRecord.class, proposalId, yes ? "yes" : "no");
    }

    @Override
    public Submitted<VoteRecord> approve(String proposalId) {
        return submit(governance, "approve", VoteRecord.class, proposalId);
    }

    @Override
    public Submitted<ProposalRecord> adopt(String proposalId) {
        return submit(governance, "adopt", ProposalRecord.class, proposalId);
    }

    @Override
    public List<ProposalRecord> proposals(String name) {
        return Arrays.asList(parse("proposals", evaluate(governance, "proposals", name), ProposalRecord[].class));
    }

    @Override
    public ProposalRecord proposal(String proposalId) {
        return parse("readProposal", evaluate(governance, "readProposal", proposalId), ProposalRecord.class);
    }

    @Override
    public Submitted<VrfKeyRecord> registerVrfKey(String name, String operator, String publicKeyHex) {
        return submit(mapper, "registerVrfKey", VrfKeyRecord.class, name, operator, publicKeyHex);
    }

    @Override
    public EpochTurn nextEpoch(String name) {
        return parse("nextEpoch", evaluate(mapper, "nextEpoch", name), EpochTurn.class);
    }

    @Override
    public Submitted<EpochRecord> proposeEpoch(String name, long epoch, String alphaHex, String proofHex) {
        return submit(mapper, "proposeEpoch", EpochRecord.class, name, Long.toString(epoch),
                alphaHex == null ? "" : alphaHex, proofHex);
    }

    @Override
    public EpochRecord epoch(String name, long epoch) {
        return parse("readEpoch", evaluate(mapper, "readEpoch", name, Long.toString(epoch)), EpochRecord.class);
    }

    @Override
    public Submitted<InstanceStatusRecord> reportStatus(String name, String instance, String status, String ipv4) {
        return submit(templates, "reportStatus", InstanceStatusRecord.class, name, instance, status,
                ipv4 == null ? "" : ipv4);
    }

    @Override
    public boolean pipelinesReports() {
        return true; // the Gateway client's contracts are thread-safe; submitStatus returns at the orderer
    }

    @Override
    public PendingTransaction<InstanceStatusRecord> submitStatus(String name, String instance, String status,
            String ipv4) {
        String[] args = { name, instance, status, ipv4 == null ? "" : ipv4 };
        try {
            SubmittedTransaction tx = endorse(templates, "reportStatus", args).submitAsync();
            return () -> {
                try {
                    Status s = tx.getStatus(CallOption.deadlineAfter(commitTimeout.toMillis(), TimeUnit.MILLISECONDS));
                    if (s.isSuccessful()) {
                        return new Submitted<>(parse("reportStatus", tx.getResult(), InstanceStatusRecord.class),
                                s.getTransactionId(), s.getBlockNumber());
                    }
                    if (retryable(s.getCode())) {
                        // a new version or epoch committed under it: report again, now waiting
                        return submit(templates, "reportStatus", InstanceStatusRecord.class, args);
                    }
                    throw Failures.of("reportStatus", s);
                } catch (GatewayException e) {
                    throw Failures.of("reportStatus", endpoint, e);
                }
            };
        } catch (GatewayException e) {
            throw Failures.of("reportStatus", endpoint, e);
        }
    }

    @Override
    public List<InstanceStatusRecord> statuses(String name) {
        return Arrays.asList(parse("statuses", evaluate(templates, "statuses", name), InstanceStatusRecord[].class));
    }

    @Override
    public ChainEvents events(Path checkpointFile) {
        return new ChainEvents(network, chaincode, checkpointFile, endpoint);
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public LedgerIdentity identity() {
        return identity;
    }

    private byte[] evaluate(Contract contract, String transaction, String... args) {
        try {
            return contract.evaluateTransaction(transaction, args);
        } catch (GatewayException e) {
            throw Failures.of(transaction, endpoint, e);
        }
    }

    /**
     * Endorses, submits and waits for the commit; a transaction invalidated by an MVCC read conflict (another
     * transaction changed a key it read) had no effect, so it is endorsed again with a new id, a bounded number of
     * times.
     */
    private <T> Submitted<T> submit(Contract contract, String transaction, Class<T> type, String... args) {
        Status last = null;
        for (int attempt = 0; attempt <= conflictRetries; attempt++) {
            try {
                long start = System.nanoTime();
                Transaction endorsed = endorse(contract, transaction, args);
                long endorseNanos = System.nanoTime() - start;
                SubmittedTransaction tx = endorsed.submitAsync();
                Status status = tx.getStatus(CallOption.deadlineAfter(commitTimeout.toMillis(), TimeUnit.MILLISECONDS));
                if (status.isSuccessful()) {
                    return new Submitted<>(parse(transaction, tx.getResult(), type), status.getTransactionId(),
                            status.getBlockNumber(), endorseNanos);
                }
                if (!retryable(status.getCode())) {
                    throw Failures.of(transaction, status);
                }
                last = status;
                sleep(100L * (attempt + 1));
            } catch (GatewayException e) {
                throw Failures.of(transaction, endpoint, e);
            }
        }
        throw Failures.conflict(transaction, conflictRetries + 1, last);
    }

    /**
     * Endorses on enough organizations' peers. Right after a network starts, the gateway peer may not know the other
     * organizations' peers yet (gossip membership converges within seconds) and cannot satisfy MAJORITY: that is
     * waited out for a bounded time, the proposal built anew each time.
     */
    private Transaction endorse(Contract contract, String transaction, String... args) throws EndorseException {
        long deadline = System.nanoTime() + discoveryWait.toNanos();
        while (true) {
            Proposal proposal = contract.newProposal(transaction).addArguments(args).build();
            try {
                return proposal.endorse();
            } catch (EndorseException e) {
                if (!peersNotYetKnown(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(250);
            }
        }
    }

    static boolean peersNotYetKnown(EndorseException e) {
        String d = e.getStatus().getDescription();
        return e.getStatus().getCode() == io.grpc.Status.Code.FAILED_PRECONDITION && d != null
                && d.contains("no combination of peers");
    }

    static boolean retryable(TxValidationCode code) {
        return code == TxValidationCode.MVCC_READ_CONFLICT || code == TxValidationCode.PHANTOM_READ_CONFLICT;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException(ChainException.Reason.CONFLICT, "interrupted while retrying");
        }
    }

    private static <T> T parse(String transaction, byte[] json, Class<T> type) {
        try {
            T value = GSON.fromJson(new String(json, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new JsonParseException("empty result");
            }
            return value;
        } catch (JsonParseException e) {
            throw new ChainException(ChainException.Reason.REFUSED, null, transaction + " returned what this client "
                    + "cannot read (" + e.getMessage() + "): is the chaincode the DiaC chaincode?", e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
