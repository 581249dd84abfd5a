package org.diac.chain.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diac.mapper.allocation.Assignment;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Operators' reports on their instances (issue 11 item 5): {@code diac~status~<name>~<instance>} →
 * {@link InstanceStatus}. Only the operator the latest epoch gave the slot to may report on it.
 */
final class InstanceReports {

    /** TOSCA 1.3 §3.4.1 node states, and {@code deleted} for an instance an agent removed. */
    static final Set<String> STATES = Set.of("initial", "creating", "created", "configuring", "configured", "starting",
            "started", "stopping", "deleting", "deleted", "error");
    static final String EVENT = "InstanceReported";
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private InstanceReports() {
    }

    static String statusKey(ChaincodeStub stub, String name, String instance) {
        return Ledger.key(stub, "status", name, instance);
    }

    static InstanceStatus report(Context ctx, String name, String instance, String status, String ipv4) {
        ChaincodeStub stub = ctx.getStub();
        Map<Object, Object> doc = Resolver.resolve(DocumentService.latest(ctx, name));
        Submitter who = Submitter.of(ctx.getClientIdentity());
        PolicyCheck.submitter(doc, who);
        if (status == null || !STATES.contains(status)) {
            throw ChainError.INVALID_ARGUMENT.exception("status must be one of " + new java.util.TreeSet<>(STATES)
                    + ", got '" + Documents.abbreviate(String.valueOf(status)) + "'");
        }
        String address = ipv4 == null ? "" : ipv4.strip();
        if (!address.isEmpty() && !IPV4.matcher(address).matches()) {
            throw ChainError.INVALID_ARGUMENT.exception("ipv4 must be a dotted IPv4 address or empty, got '"
                    + Documents.abbreviate(address) + "'");
        }
        EpochRecord epoch = Epochs.head(stub, name);
        if (epoch == null) {
            throw ChainError.SLOT_NOT_GIVEN.exception("document '" + name + "' has no epoch yet: no slot is given");
        }
        Assignment slot = Epochs.allocation(epoch).assignments().stream()
                .filter(a -> a.instance().equals(instance)).findFirst()
                .orElseThrow(() -> ChainError.SLOT_NOT_GIVEN.exception("epoch " + epoch.getEpoch() + " of '" + name
                        + "' has no instance '" + Documents.abbreviate(String.valueOf(instance)) + "'"));
        Map<?, ?> operator = new Policies(doc).operators().get(slot.operator());
        if (operator == null || !who.is(operator)) {
            throw ChainError.SLOT_NOT_GIVEN.exception("epoch " + epoch.getEpoch() + " gave '" + instance
                    + "' to operator '" + slot.operator() + "', not to the submitter " + who.display());
        }
        InstanceStatus record = new InstanceStatus(name, instance, slot.operator(), epoch.getEpoch(), status, address,
                stub.getTxId(), stub.getTxTimestamp().toString());
        Ledger.put(stub, statusKey(stub, name, instance), record);
        stub.setEvent(EVENT, Records.toBytes(record));
        return record;
    }

    static List<InstanceStatus> all(ChaincodeStub stub, String name) {
        Ledger.checkName(name);
        return Ledger.list(stub, InstanceStatus.class, s -> true, "status", name);
    }
}
