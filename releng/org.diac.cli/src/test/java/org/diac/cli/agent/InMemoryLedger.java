package org.diac.cli.agent;

import com.google.gson.Gson;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.ImportedFile;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;

/**
 * The chain as one agent sees it, in memory: one document (version 1), its epochs (allocated with the mapper, as the
 * chaincode does), and the status reports, refused like the chaincode's for a slot not given to the signer.
 */
final class InMemoryLedger {

    final String name;
    final String operator;
    String document;
    long version = 1;
    final List<EpochRecord> epochs = new ArrayList<>();
    final List<InstanceStatusRecord> reports = new ArrayList<>();
    final Map<String, InstanceStatusRecord> statuses = new LinkedHashMap<>();
    /** Fails the n-th report from now (1: the next one) as if the agent were killed while sending it; 0: never. */
    int killAtReport;
    /** As a Fabric gateway: reports submitted from several threads, each returning before its "commit". */
    boolean pipelined;

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

    public EpochRecord epoch(String n, long epoch) {
        if (epochs.isEmpty()) {
            throw new ChainException(ChainException.Reason.NOT_FOUND, "NOT_FOUND", "no epoch yet", null);
        }
        return epochs.get(epochs.size() - 1);
    }

    public List<VersionRecord> versions(String n) {
        return List.of(new VersionRecord(name, version, "publish", "tx" + version, "", "", "", List.of()));
    }

    public String export(String n, long version, DiacLedger.Format format, boolean resolve) {
        return document;
    }

    public List<ImportedFile> imports(String n, long version) {
        return List.of();
    }

    public synchronized Submitted<InstanceStatusRecord> reportStatus(String n, String instance, String status, String ipv4) {
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

    public List<InstanceStatusRecord> statuses(String n) {
        return List.copyOf(statuses.values());
    }

    /** The agent process dying: an Error, which nothing in the agent catches. */
    static final class Killed extends Error {
        Killed(String message) {
            super(message);
        }
    }

    /**
     * This chain as the agent's {@link DiacLedger}: a proxy, so that methods the interface gains elsewhere need no
     * change here; what the agent does not use is refused.
     */
    DiacLedger client() {
        return (DiacLedger) Proxy.newProxyInstance(DiacLedger.class.getClassLoader(), new Class<?>[] {DiacLedger.class},
                (proxy, method, args) -> method.isDefault() && !method.getName().equals("pipelinesReports")
                        && !method.getName().equals("submitStatus") ? java.lang.reflect.InvocationHandler.invokeDefault(
                                proxy, method, args) : switch (method.getName()) {
                    case "epoch" -> epoch((String) args[0], (Long) args[1]);
                    case "versions" -> versions((String) args[0]);
                    case "export" -> export((String) args[0], (Long) args[1], (DiacLedger.Format) args[2],
                            (Boolean) args[3]);
                    case "imports" -> imports((String) args[0], (Long) args[1]);
                    case "pipelinesReports" -> pipelined;
                    case "submitStatus" -> {
                        if (!pipelined) {
                            yield java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                        }
                        Submitted<InstanceStatusRecord> done = reportStatus((String) args[0], (String) args[1],
                                (String) args[2], (String) args[3]);
                        yield (org.diac.chain.client.PendingTransaction<InstanceStatusRecord>) () -> done;
                    }
                    case "reportStatus" -> reportStatus((String) args[0], (String) args[1], (String) args[2],
                            (String) args[3]);
                    case "statuses" -> statuses((String) args[0]);
                    case "endpoint" -> "in-memory";
                    case "close" -> null;
                    case "toString" -> "InMemoryLedger[" + name + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
