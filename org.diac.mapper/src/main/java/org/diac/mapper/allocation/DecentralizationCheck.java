package org.diac.mapper.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diac.mapper.allocation.GroupSpec.Group;

/**
 * Checks an allocation, ours or one a client proposes, against the request and the Decentralization policy
 * (LANGUAGE.md §3, §6 "checked on the document and again by the mapper"). On the result, shares are shares of the
 * allocated workers, and continents and clouds count the operators that got at least one worker.
 */
public final class DecentralizationCheck {

    private DecentralizationCheck() {
    }

    public static List<Violation> check(AllocationRequest request, Allocation allocation, DecentralizationPolicy policy) {
        Map<String, Operator> operators = request.operators().stream()
                .collect(Collectors.toMap(Operator::name, Function.identity()));
        Map<String, Integer> workers = allocation.workersPerOperator();
        List<Violation> violations = new ArrayList<>();
        slots(request, operators, workers, violations);
        groupSizes(request, allocation, violations);
        stakeShare(policy, workers, allocation.assignments().size(), violations);
        continents(policy, operators, workers, violations);
        cloudShare(policy, operators, workers, violations);
        if (policy.antiAffinity()) {
            antiAffinity(request, allocation, workers, violations);
        }
        return violations;
    }

    private static void slots(AllocationRequest request, Map<String, Operator> operators, Map<String, Integer> workers,
            List<Violation> violations) {
        workers.forEach((name, count) -> {
            Operator operator = operators.get(name);
            if (operator == null || operator.blacklisted()) {
                violations.add(new Violation(Violation.BLACKLISTED, "operator '" + name + "' has " + count + " workers but "
                        + (operator == null ? "is not an operator of the document" : "is blacklisted")));
            } else if (SlotApportionment.slots(operator, request.unitStake()).compareTo(java.math.BigInteger.valueOf(count)) < 0) {
                violations.add(new Violation(Violation.SLOTS_EXCEEDED, "operator '" + name + "' has " + count
                        + " workers, more than the " + SlotApportionment.slots(operator, request.unitStake())
                        + " slots its stake " + operator.stake() + " buys at unit_stake " + request.unitStake()));
            }
        });
    }

    private static void groupSizes(AllocationRequest request, Allocation allocation, List<Violation> violations) {
        Map<String, Long> perGroup = allocation.assignments().stream()
                .collect(Collectors.groupingBy(Assignment::group, TreeMap::new, Collectors.counting()));
        Map<String, Integer> capacity = Mapper.groups(request).stream().collect(Collectors.toMap(Group::name, Group::capacity));
        perGroup.forEach((group, count) -> {
            Integer max = capacity.get(group);
            if (max == null || count > max) {
                violations.add(new Violation(Violation.GROUP_SIZE, "group '" + group + "' has " + count + " workers"
                        + (max == null ? " but is not a group of the document" : ", more than members_per_group " + max)));
            }
        });
    }

    private static void stakeShare(DecentralizationPolicy policy, Map<String, Integer> workers, int total, List<Violation> violations) {
        if (policy.maxStakeShare() == null || total == 0) {
            return;
        }
        workers.forEach((name, count) -> {
            BigDecimal share = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
            if (share.compareTo(policy.maxStakeShare()) > 0) {
                violations.add(new Violation(Violation.STAKE_SHARE, "operator '" + name + "' runs " + count + " of " + total
                        + " workers (" + share.stripTrailingZeros().toPlainString() + "), above max_stake_share "
                        + policy.maxStakeShare().toPlainString()));
            }
        });
    }

    private static void continents(DecentralizationPolicy policy, Map<String, Operator> operators, Map<String, Integer> workers,
            List<Violation> violations) {
        if (policy.maxPerContinent() == null) {
            return;
        }
        Map<String, List<String>> byContinent = new TreeMap<>();
        workers.keySet().stream().map(operators::get).filter(o -> o != null && o.continent() != null)
                .forEach(o -> byContinent.computeIfAbsent(o.continent(), c -> new ArrayList<>()).add(o.name()));
        byContinent.forEach((continent, names) -> {
            if (names.size() > policy.maxPerContinent()) {
                violations.add(new Violation(Violation.CONTINENT_LIMIT, names.size() + " operators with workers are on continent '"
                        + continent + "' (" + String.join(", ", names) + "), more than max_per_continent " + policy.maxPerContinent()));
            }
        });
    }

    private static void cloudShare(DecentralizationPolicy policy, Map<String, Operator> operators, Map<String, Integer> workers,
            List<Violation> violations) {
        if (policy.maxCloudShare() == null || workers.isEmpty()) {
            return;
        }
        List<String> cloud = workers.keySet().stream().map(operators::get).filter(o -> o != null && o.cloud()).map(Operator::name).toList();
        BigDecimal share = BigDecimal.valueOf(cloud.size()).divide(BigDecimal.valueOf(workers.size()), MathContext.DECIMAL64);
        if (share.compareTo(policy.maxCloudShare()) > 0) {
            violations.add(new Violation(Violation.CLOUD_SHARE, cloud.size() + " of " + workers.size() + " operators with workers run in a cloud ("
                    + String.join(", ", cloud) + "), above max_cloud_share " + policy.maxCloudShare().toPlainString()));
        }
    }

    /** One operator's workers in one group: at most ⌈c/S⌉, the bound the dealer guarantees (1 while c ≤ S). */
    private static void antiAffinity(AllocationRequest request, Allocation allocation, Map<String, Integer> workers,
            List<Violation> violations) {
        int groupCount = Mapper.groups(request).size();
        allocation.workersPerGroupAndOperator().forEach((group, perOperator) -> perOperator.forEach((name, count) -> {
            int total = workers.get(name);
            int bound = (total + groupCount - 1) / groupCount;
            if (count > bound) {
                violations.add(new Violation(Violation.ANTI_AFFINITY, "operator '" + name + "' has " + count + " of its " + total
                        + " workers in group '" + group + "'; spread over " + groupCount + " groups it needs at most " + bound));
            }
        }));
    }
}
