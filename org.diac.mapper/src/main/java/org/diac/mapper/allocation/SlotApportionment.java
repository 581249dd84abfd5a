package org.diac.mapper.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many workers each operator gets (MAPPER-DEPLOYER.md §2.3 steps 1–2). Stake buys n_i = floor(stake_i /
 * unit_stake) slots. When the slots N = Σ n_i fit the capacity C, every slot is used; when they do not, C is
 * apportioned by largest remainder (Hamilton) on C·n_i/N in integers, so each count is within 1 of exact
 * proportionality; equal remainders are ordered by a seeded ranking, not by name, so no name is favoured.
 */
final class SlotApportionment {

    private SlotApportionment() {
    }

    /** n_i = floor(stake / unit_stake), no floating point. */
    static BigInteger slots(Operator operator, BigInteger unitStake) {
        return operator.stake().divide(unitStake);
    }

    /** Workers per operator, aligned with {@code operators}; Σ = min(C, N). */
    static int[] counts(List<Operator> operators, BigInteger unitStake, int capacity, SeedStream ties) {
        BigInteger[] slots = new BigInteger[operators.size()];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slots(operators.get(i), unitStake);
            total = total.add(slots[i]);
        }
        int[] counts = new int[slots.length];
        BigInteger c = BigInteger.valueOf(capacity);
        if (total.compareTo(c) <= 0) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = slots[i].intValueExact();
            }
            return counts;
        }
        BigInteger[] remainders = new BigInteger[slots.length];
        int given = 0;
        for (int i = 0; i < slots.length; i++) {
            BigInteger[] qr = c.multiply(slots[i]).divideAndRemainder(total);
            counts[i] = qr[0].intValueExact();
            remainders[i] = qr[1];
            given += counts[i];
        }
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            rank.add(i);
        }
        ties.shuffle(rank);
        int[] tieRank = new int[slots.length];
        for (int position = 0; position < rank.size(); position++) {
            tieRank[rank.get(position)] = position;
        }
        List<Integer> byRemainder = new ArrayList<>(rank);
        byRemainder.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparingInt(i -> tieRank[i]));
        // Σ floor ≥ C − (number of operators) + 1, so the leftover is fewer than the operators
        for (int k = 0; k < capacity - given; k++) {
            counts[byRemainder.get(k)]++;
        }
        return counts;
    }
}
