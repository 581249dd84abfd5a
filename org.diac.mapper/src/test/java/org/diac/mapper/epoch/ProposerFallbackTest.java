package org.diac.mapper.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallback proposer: when the operator in turn withholds its proof, the next ones in turn may, one per timeout. */
class ProposerFallbackTest {

    static final List<String> CANDIDATES = List.of("carol", "alice", "bob"); // canonical: alice, bob, carol
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void withinTheTimeoutOnlyTheProposerInTurnMay() {
        assertEquals(List.of("bob"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ZERO, TIMEOUT));
        assertEquals(List.of("bob"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ofSeconds(59), TIMEOUT));
        assertEquals(ProposerRotation.proposer(CANDIDATES, 1), ProposerRotation.allowed(CANDIDATES, 1, Duration.ZERO, TIMEOUT).get(0));
    }

    @Test
    void eachFullTimeoutAddsTheNextOperatorInTurnWrappingRound() {
        assertEquals(List.of("bob", "carol"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ofSeconds(60), TIMEOUT));
        assertEquals(List.of("bob", "carol", "alice"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ofSeconds(120), TIMEOUT));
        // never more than every candidate
        assertEquals(List.of("bob", "carol", "alice"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ofDays(1), TIMEOUT));
        assertEquals(List.of("carol", "alice"), ProposerRotation.allowed(CANDIDATES, 2, Duration.ofSeconds(90), TIMEOUT));
    }

    @Test
    void noCandidateNoProposerAndAClockBehindCountsAsNoWait() {
        assertEquals(List.of(), ProposerRotation.allowed(List.of(), 1, Duration.ofDays(1), TIMEOUT));
        assertEquals(List.of("bob"), ProposerRotation.allowed(CANDIDATES, 1, Duration.ofSeconds(-600), TIMEOUT));
    }
}
