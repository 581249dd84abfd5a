package org.diac.cli.chain;

import com.google.gson.Gson;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.VersionRecord;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;
import org.diac.mapper.instances.InstanceModel;
import org.diac.mapper.instances.InstanceModelBuilder;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A document's adopted state on chain as an agent sees it: the latest version (resolved), the latest epoch and its
 * allocation (re-checked against the mapper's recomputation when the epoch allocated this version), and the
 * instance model with the statuses and addresses the operators reported ({@link ReportedStatus}). {@code diac export
 * NAME --instances} and the Maven plugin's {@code diac:export}, {@code diac:plan} and {@code diac:deploy} read it.
 */
public record AdoptedState(String name, long version, EpochRecord epoch, Allocation allocation, InstanceModel model) {

    /** The chain's state cannot be turned into an instance model (the reason is the message). */
    public static final class Unallocatable extends Exception {
        private static final long serialVersionUID = 1L;

        Unallocatable(String message) {
            super(message);
        }
    }

    public static AdoptedState read(DiacLedger l, String name) throws Unallocatable {
        EpochRecord epoch = l.epoch(name, 0);
        List<VersionRecord> versions = l.versions(name);
        long version = versions.get(versions.size() - 1).version();
        Map<String, Object> tree = tree(l.export(name, version, DiacLedger.Format.YAML, true));
        TreeAllocationInput input = TreeAllocationInput.of(tree, null, HexFormat.of().parseHex(epoch.seed()), epoch.epoch());
        if (!input.ok()) {
            throw new Unallocatable("version " + version + " of " + name + " cannot be allocated: "
                    + String.join("; ", input.problems()));
        }
        Allocation allocation = new Gson().fromJson(epoch.allocation(), Allocation.class);
        if (epoch.documentVersion() == version && !Mapper.allocate(input.request()).equals(allocation)) {
            throw new Unallocatable("epoch " + epoch.epoch() + " of " + name + ": the allocation on chain differs from "
                    + "the mapper's recomputation");
        }
        InstanceModel model = InstanceModelBuilder.build(tree, input.request(), allocation,
                ReportedStatus.asInstanceModel(l.statuses(name)));
        return new AdoptedState(name, version, epoch, allocation, model);
    }

    /** The operator templates of the latest version of {@code name}, in the document's order. */
    public static List<String> operators(DiacLedger l, String name) throws Unallocatable {
        TreeAllocationInput input = TreeAllocationInput.of(tree(l.export(name, 0, DiacLedger.Format.YAML, true)), null,
                new byte[32], 1);
        if (!input.ok()) {
            throw new Unallocatable(name + " on chain cannot be allocated: " + String.join("; ", input.problems()));
        }
        return input.request().operators().stream().map(o -> o.name()).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> tree(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
