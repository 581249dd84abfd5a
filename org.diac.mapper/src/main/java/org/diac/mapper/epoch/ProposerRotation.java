package org.diac.mapper.epoch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whose turn it is to prove an epoch's randomness: the candidates (operators with a registered VRF key) in
 * canonical order, UTF-8 bytes of the name as the mapper sorts operators, and epoch e goes to candidate
 * e mod count. A pure function of its input, so every endorser names the same proposer.
 */
public final class ProposerRotation {

    private ProposerRotation() {
    }

    public static List<String> canonical(List<String> candidates) {
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((String s) -> s.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned))
                .toList();
    }

    /** The proposer of {@code epoch}; null when there is no candidate. */
    public static String proposer(List<String> candidates, long epoch) {
        List<String> sorted = canonical(candidates);
        return sorted.isEmpty() ? null : sorted.get((int) Math.floorMod(epoch, (long) sorted.size()));
    }

    /**
     * Who may propose {@code epoch} once {@code waited} has passed since the epoch became due, when the operator in
     * turn withholds its proof: the proposer in turn, then, after each full {@code timeout}, one more candidate, the
     * next in canonical order after the last one allowed (wrapping round), until every candidate may. Empty when
     * there is no candidate.
     */
    public static List<String> allowed(List<String> candidates, long epoch, Duration waited, Duration timeout) {
        List<String> sorted = canonical(candidates);
        if (sorted.isEmpty()) {
            return List.of();
        }
        long extra = waited.isNegative() || timeout.isZero() || timeout.isNegative() ? 0
                : Math.min(sorted.size() - 1L, waited.toNanos() / timeout.toNanos());
        List<String> allowed = new ArrayList<>();
        for (long k = 0; k <= extra; k++) {
            allowed.add(sorted.get((int) Math.floorMod(epoch + k, (long) sorted.size())));
        }
        return List.copyOf(allowed);
    }
}
