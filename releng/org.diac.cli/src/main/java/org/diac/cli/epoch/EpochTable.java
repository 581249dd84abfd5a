package org.diac.cli.epoch;

import com.google.gson.Gson;
import org.diac.chain.client.EpochRecord;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;

/** {@code diac epoch show}: the epoch's header lines, then one line per instance and workers per operator. */
final class EpochTable {

    private EpochTable() {
    }

    static Allocation allocation(EpochRecord r) {
        return new Gson().fromJson(r.allocation(), Allocation.class);
    }

    static String of(EpochRecord r) {
        StringBuilder text = new StringBuilder();
        text.append("epoch ").append(r.epoch()).append(" of ").append(r.name()).append(" (document version ")
                .append(r.documentVersion()).append(", tx ").append(r.txId()).append(", ").append(r.timestamp())
                .append(")\n");
        text.append("proposer ").append(r.proposer()).append('\n');
        text.append("alpha    ").append(r.alpha()).append('\n');
        text.append("proof    ").append(r.proof()).append('\n');
        text.append("seed     ").append(r.seed()).append('\n');
        text.append("allocation sha256 ").append(r.allocationDigest()).append('\n');
        if (!r.violations().isEmpty()) {
            text.append("decentralization re-check:\n  ").append(r.violations().replace("\n", "\n  ")).append('\n');
        }
        Allocation a = allocation(r);
        int w = Math.max(8, a.assignments().stream().mapToInt(x -> x.instance().length()).max().orElse(0));
        String row = "%-" + w + "s  %-10s  %s%n";
        text.append(String.format(row, "instance", "group", "operator"));
        for (Assignment x : a.assignments()) {
            text.append(String.format(row, x.instance(), x.group(), x.operator()));
        }
        a.workersPerOperator().forEach((op, n) -> text.append(String.format("  %-10s %d%n", op, n)));
        return text.toString();
    }
}
