package org.diac.mapper.allocation;

import java.util.ArrayList;
import java.util.List;

import org.diac.mapper.allocation.GroupSpec.Group;

/**
 * Deals worker slots to groups (MAPPER-DEPLOYER.md §2.3 steps 3–4): the operators in a seeded order, each one's
 * slots laid out contiguously in a list L, and L[j] dealt to group (r + j) mod S from a seeded offset r. An
 * operator's c slots are c consecutive indices, which hit every residue mod S ⌊c/S⌋ or ⌈c/S⌉ times: the best
 * spread there is, and an operator with at most S workers never has two in one group. By the same argument every
 * group gets ⌊|L|/S⌋ or ⌈|L|/S⌉ workers. A full group is skipped; that never happens when all groups have the
 * same capacity m and |L| ≤ S·m, which is where the guarantees are stated.
 */
final class AntiAffineDealer {

    private AntiAffineDealer() {
    }

    /** Operator names per group (index-aligned with {@code groups}), in dealing order. */
    static List<List<String>> deal(List<Operator> operators, int[] counts, List<Group> groups, SeedStream order, SeedStream offset) {
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < operators.size(); i++) {
            sequence.add(i);
        }
        order.shuffle(sequence);
        int groupCount = groups.size();
        List<List<String>> members = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        int cursor = offset.uniform(groupCount);
        for (int i : sequence) {
            for (int slot = 0; slot < counts[i]; slot++) {
                while (members.get(cursor % groupCount).size() >= groups.get(cursor % groupCount).capacity()) {
                    cursor++;
                }
                members.get(cursor % groupCount).add(operators.get(i).name());
                cursor++;
            }
        }
        return members;
    }
}
