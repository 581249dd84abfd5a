package org.diac.cli.agent;

import com.google.gson.Gson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.ChainEvents;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.EpochTurn;
import org.diac.chain.client.HistoryEntry;
import org.diac.chain.client.ImportedFile;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.chain.client.LedgerIdentity;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.chain.client.VoteRecord;
import org.diac.chain.client.VrfKeyRecord;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;

/**
 * The chain as one agent sees it, in memory: one document (version 1), its epochs (allocated with the mapper, as the
 * chaincode does), and the status reports, refused like the chaincode's for a slot not given to the signer.
 */
final class InMemoryLedger implements DiacLedger {

    final String name;
    final String operator;
    String document;
    long version = 1;
    final List<EpochRecord> epochs = new ArrayList<>();
    final List<InstanceStatusRecord> reports = new ArrayList<>();
    final Map<String, InstanceStatusRecord> statuses = new LinkedHashMap<>();
    /** Fails the n-th report from now (1: the next one) as if the agent were killed while sending it; 0: never. */
    int killAtReport;

    InMemoryLedger(String name, String operator, String document) {
        this.name = name;
        this.operator = operator;
        this.document = document;
    }

    /** Adds epoch e with the seed SHA-256-like bytes {@code seedByte}. */
    void epoch(long epoch, int seedByte) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, (byte) seedByte);
        Allocation a = Mapper.allocate(TreeAllocationInput.of(Agent.tree(document), null, seed, epoch).request());
        epochs.add(new EpochRecord(name, epoch, 1, "bob", "", "", java.util.HexFormat.of().formatHex(seed),
                new Gson().toJson(a), "", "", "tx-epoch-" + epoch, ""));
    }

    Allocation allocation() {
        return new Gson().fromJson(epochs.get(epochs.size() - 1).allocation(), Allocation.class);
    }

    List<String> instancesOf(String op) {
        return allocation().assignments().stream().filter(a -> a.operator().equals(op)).map(Assignment::instance)
                .toList();
    }

    @Override
    public EpochRecord epoch(String n, long epoch) {
        if (epochs.isEmpty()) {
            throw new ChainException(ChainException.Reason.NOT_FOUND, "NOT_FOUND", "no epoch yet", null);
        }
        return epochs.get(epochs.size() - 1);
    }

    @Override
    public List<VersionRecord> versions(String n) {
        return List.of(new VersionRecord(name, version, "publish", "tx" + version, "", "", "", List.of()));
    }

    @Override
    public String export(String n, long version, Format format, boolean resolve) {
        return document;
    }

    @Override
    public List<ImportedFile> imports(String n, long version) {
        return List.of();
    }

    @Override
    public Submitted<InstanceStatusRecord> reportStatus(String n, String instance, String status, String ipv4) {
        if (killAtReport > 0 && --killAtReport == 0) {
            throw new Killed("killed while reporting " + instance);
        }
        boolean given = allocation().assignments().stream()
                .anyMatch(a -> a.instance().equals(instance) && a.operator().equals(operator))
                || instance.equals(operator);
        if (!given) {
            throw new ChainException(ChainException.Reason.REFUSED, "SLOT_NOT_GIVEN", "SLOT_NOT_GIVEN: " + instance,
                    null);
        }
        InstanceStatusRecord r = new InstanceStatusRecord(name, instance, operator, epochs.size(), status, ipv4, "tx", "");
        reports.add(r);
        statuses.put(instance, r);
        return new Submitted<>(r, "tx", 1);
    }

    @Override
    public List<InstanceStatusRecord> statuses(String n) {
        return List.copyOf(statuses.values());
    }

    /** The agent process dying: an Error, which nothing in the agent catches. */
    static final class Killed extends Error {
        Killed(String message) {
            super(message);
        }
    }

    // not used by the agent

    @Override
    public Submitted<VersionRecord> publish(String n, String content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VersionRecord> publish(String n, String content, List<ImportedFile> imports) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HistoryEntry> history(String n) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<ProposalRecord> propose(String n, String content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VoteRecord> vote(String proposalId, boolean yes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VoteRecord> approve(String proposalId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<ProposalRecord> adopt(String proposalId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ProposalRecord> proposals(String n) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProposalRecord proposal(String proposalId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VersionRecord> join(String n, String op, String request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VersionRecord> leave(String n, String op) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VersionRecord> blacklist(String n, String fingerprint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<VrfKeyRecord> registerVrfKey(String n, String op, String publicKeyHex) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EpochTurn nextEpoch(String n) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Submitted<EpochRecord> proposeEpoch(String n, long epoch, String alphaHex, String proofHex) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainEvents events(Path checkpointFile) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String endpoint() {
        return "in-memory";
    }

    @Override
    public LedgerIdentity identity() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
