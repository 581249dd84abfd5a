package org.diac.mapper.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The re-check on a result catches each broken rule, by code, including in allocations a client might forge. */
class DecentralizationCheckTest {

    private static final AllocationRequest REQUEST = Fixtures.sharding(Fixtures.seed(5), 3);

    private static List<String> codes(Allocation allocation, DecentralizationPolicy policy) {
        return DecentralizationCheck.check(REQUEST, allocation, policy).stream().map(Violation::code).toList();
    }

    /** The mapper's own result with assignment {@code index} given to {@code operator}. */
    private static Allocation reassign(int index, String operator) {
        Allocation allocation = Mapper.allocate(REQUEST);
        List<Assignment> assignments = new ArrayList<>(allocation.assignments());
        Assignment a = assignments.get(index);
        assignments.set(index, new Assignment(a.instance(), a.group(), operator, a.template()));
        return new Allocation(allocation.epoch(), allocation.seed(), assignments);
    }

    @Test
    void anOperatorWithMoreWorkersThanItsStakeBuysIsCaught() {
        // alice's 480 buy 4 slots; give her a fifth worker
        Allocation allocation = Mapper.allocate(REQUEST);
        int notAlice = 0;
        while (allocation.assignments().get(notAlice).operator().equals("alice")) {
            notAlice++;
        }
        assertTrue(codes(reassign(notAlice, "alice"), DecentralizationPolicy.NONE).contains(Violation.SLOTS_EXCEEDED));
    }

    @Test
    void aBlacklistedOrUnknownOperatorWithWorkersIsCaught() {
        assertEquals(List.of(Violation.BLACKLISTED), codes(reassign(0, "mallory"), DecentralizationPolicy.NONE));
        List<Operator> operators = new ArrayList<>(Fixtures.shardingOperators());
        operators.set(0, operators.get(0).blacklist());
        AllocationRequest blacklisted = new AllocationRequest(operators, REQUEST.unitStake(), REQUEST.groups(),
                REQUEST.workerTemplate(), REQUEST.workers(), REQUEST.seed(), REQUEST.epoch());
        // the allocation of the request without the blacklist still gives alice workers
        assertTrue(DecentralizationCheck.check(blacklisted, Mapper.allocate(REQUEST), DecentralizationPolicy.NONE).stream()
                .anyMatch(v -> v.code().equals(Violation.BLACKLISTED) && v.reason().contains("alice")));
    }

    @Test
    void aStakeShareAboveTheLimitIsCaught() {
        // 4 of 20 workers = 0.2
        assertEquals(List.of(), codes(Mapper.allocate(REQUEST), new DecentralizationPolicy(new BigDecimal("0.2"), null, null, false)));
        assertTrue(codes(Mapper.allocate(REQUEST), new DecentralizationPolicy(new BigDecimal("0.19"), null, null, false))
                .contains(Violation.STAKE_SHARE));
    }

    @Test
    void tooManyOperatorsOnOneContinentAreCaught() {
        assertEquals(List.of(Violation.CONTINENT_LIMIT, Violation.CONTINENT_LIMIT),
                codes(Mapper.allocate(REQUEST), new DecentralizationPolicy(null, 1, null, false)));
    }

    @Test
    void tooManyCloudOperatorsAreCaught() {
        // alice and erin of six: 0.33
        assertEquals(List.of(Violation.CLOUD_SHARE), codes(Mapper.allocate(REQUEST), new DecentralizationPolicy(null, null, new BigDecimal("0.3"), false)));
        assertEquals(List.of(), codes(Mapper.allocate(REQUEST), new DecentralizationPolicy(null, null, new BigDecimal("0.34"), false)));
    }

    @Test
    void twoWorkersOfOneOperatorInOneGroupAreCaughtUnderAntiAffinity() {
        // first's operator takes the slot of its group-mate (index 1), and the mate takes one of first's operator's
        // slots elsewhere: every count per operator stays, but first's operator now has two workers in one of 4 shards
        Allocation allocation = Mapper.allocate(REQUEST);
        List<Assignment> assignments = new ArrayList<>(allocation.assignments());
        Assignment first = assignments.get(0);
        int mate = 1;
        Assignment elsewhere = null;
        for (Assignment a : assignments) {
            if (a.operator().equals(first.operator()) && !a.group().equals(first.group())) {
                elsewhere = a;
            }
        }
        Assignment m = assignments.get(mate);
        assertEquals(first.group(), m.group(), "assignments are listed group by group");
        assignments.set(mate, new Assignment(m.instance(), m.group(), first.operator(), m.template()));
        int e = assignments.indexOf(elsewhere);
        assignments.set(e, new Assignment(elsewhere.instance(), elsewhere.group(), m.operator(), elsewhere.template()));
        Allocation forged = new Allocation(allocation.epoch(), allocation.seed(), assignments);
        assertTrue(codes(forged, new DecentralizationPolicy(null, null, null, true)).contains(Violation.ANTI_AFFINITY));
        assertTrue(codes(forged, DecentralizationPolicy.NONE).isEmpty(), "without anti_affinity the same counts pass");
    }

    @Test
    void aGroupAboveItsMembersPerGroupIsCaught() {
        Allocation allocation = Mapper.allocate(REQUEST);
        List<Assignment> assignments = new ArrayList<>(allocation.assignments());
        Assignment a = assignments.get(19);
        assignments.set(19, new Assignment("shard1-6", "shard1", a.operator(), a.template()));
        assertTrue(codes(new Allocation(3, allocation.seed(), assignments), DecentralizationPolicy.NONE).contains(Violation.GROUP_SIZE));
        assertEquals(BigInteger.valueOf(100), REQUEST.unitStake());
    }
}
