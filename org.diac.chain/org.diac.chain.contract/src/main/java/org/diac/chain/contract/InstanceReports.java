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
 * {@link InstanceStatus}. Only the operator the latest epoch gave the slot to may report on it; a node template of
 * the document (validator, operator template) is reported by the operator its {@code operated_by} names, or itself.
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
        Map<Object, Object> doc = ResolvedVersions.latest(stub, name);
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
        EpochRecord epoch = Epochs.latest(stub, name);
        Policies p = new Policies(doc);
        String operator = operatorOf(p, epoch, instance);
        if (operator == null) {
            throw ChainError.SLOT_NOT_GIVEN.exception(epoch == null ? "document '" + name + "' has no epoch yet and no "
                    + "node template '" + Documents.abbreviate(String.valueOf(instance)) + "' with an operated_by"
                    : "epoch " + epoch.getEpoch() + " of '" + name + "' has no instance '"
                            + Documents.abbreviate(String.valueOf(instance)) + "', nor does the document operate a "
                            + "node template of that name");
        }
        Map<?, ?> properties = p.operators().get(operator);
        if (properties == null || !who.is(properties)) {
            throw ChainError.SLOT_NOT_GIVEN.exception((epoch == null ? "" : "epoch " + epoch.getEpoch() + ": ")
                    + "'" + instance + "' belongs to operator '" + operator + "', not to the submitter " + who.display());
        }
        InstanceStatus record = new InstanceStatus(name, instance, operator, epoch == null ? 0 : epoch.getEpoch(), status,
                address,
                stub.getTxId(), stub.getTxTimestamp().toString());
        Ledger.put(stub, statusKey(stub, name, instance), record);
        stub.setEvent(EVENT, Records.toBytes(record));
        return record;
    }

    /**
     * Who runs {@code instance}: the operator the latest epoch gave the slot to; else, for a node template of the
     * adopted document, the operator its {@code operated_by} requirement names, or the operator template itself.
     */
    private static String operatorOf(Policies p, EpochRecord epoch, String instance) {
        if (epoch != null) {
            for (Assignment a : Epochs.allocation(epoch).assignments()) {
                if (a.instance().equals(instance)) {
                    return a.operator();
                }
            }
        }
        if (p.operators().containsKey(instance)) {
            return instance;
        }
        if (p.templates().get(instance) instanceof Map<?, ?> template
                && template.get("requirements") instanceof List<?> requirements) {
            for (Object r : requirements) {
                Object target = r instanceof Map<?, ?> m ? m.get("operated_by") : null;
                target = target instanceof Map<?, ?> longForm ? longForm.get("node") : target;
                if (target instanceof String operator) {
                    return operator;
                }
            }
        }
        return null;
    }

    static List<InstanceStatus> all(ChaincodeStub stub, String name) {
        Ledger.checkName(name);
        return Ledger.list(stub, InstanceStatus.class, s -> true, "status", name);
    }
}
