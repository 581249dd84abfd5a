package org.diac.mapper.allocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.bouncycastle.util.encoders.Hex;
import org.diac.mapper.allocation.GroupSpec.Group;

/**
 * The mapper (issue 11 item 2, MAPPER-DEPLOYER.md §2.3): worker slots to operators in proportion to stake, then
 * to groups with the best spread, from the epoch's seed alone. A pure function of its request: the chaincode
 * recomputes the allocation a client proposes and compares.
 */
public final class Mapper {

    private Mapper() {
    }

    public static Allocation allocate(AllocationRequest request) {
        List<Operator> eligible = eligible(request.operators());
        List<Group> groups = groups(request);
        int capacity = Math.min(request.workers(), groups.stream().mapToInt(Group::capacity).sum());
        byte[] seed = request.seed();
        long epoch = request.epoch();
        int[] counts = SlotApportionment.counts(eligible, request.unitStake(), capacity, new SeedStream(seed, epoch, "select"));
        List<List<String>> members = AntiAffineDealer.deal(eligible, counts, groups, new SeedStream(seed, epoch, "order"),
                new SeedStream(seed, epoch, "offset"));
        List<Assignment> assignments = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            // instance numbers say nothing about the dealing order: each group's members are shuffled on their own
            List<String> group = new ArrayList<>(members.get(g));
            new SeedStream(seed, epoch, "group/" + (g + 1)).shuffle(group);
            String name = groups.get(g).name();
            for (int n = 0; n < group.size(); n++) {
                assignments.add(new Assignment(name + "-" + (n + 1), name, group.get(n), request.workerTemplate()));
            }
        }
        return new Allocation(epoch, Hex.toHexString(seed), assignments);
    }

    /** The concrete groups of all NodeGroup specs, in document order. */
    public static List<Group> groups(AllocationRequest request) {
        List<Group> groups = new ArrayList<>();
        request.groups().forEach(spec -> groups.addAll(spec.resolve(request.workers())));
        return groups;
    }

    /**
     * Operators that may get slots, in a canonical order (UTF-8 bytes of the name): the input's order, like a
     * HashMap's, must not change the result.
     */
    static List<Operator> eligible(List<Operator> operators) {
        return operators.stream().filter(o -> !o.blacklisted())
                .sorted(Comparator.comparing((Operator o) -> o.name().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned))
                .toList();
    }
}
