package org.diac.mapper.plan;

import static org.diac.mapper.plan.Nodes.COMPUTE;
import static org.diac.mapper.plan.Nodes.CONNECTS_TO;
import static org.diac.mapper.plan.Nodes.HOSTED_ON;
import static org.diac.mapper.plan.Nodes.OPERATED_BY;
import static org.diac.mapper.plan.Nodes.OPERATOR;
import static org.diac.mapper.plan.Nodes.SOFTWARE;
import static org.diac.mapper.plan.Nodes.configure;
import static org.diac.mapper.plan.Nodes.lines;
import static org.diac.mapper.plan.Nodes.node;
import static org.diac.mapper.plan.Nodes.rel;
import static org.diac.mapper.plan.Nodes.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OperatorShareTest {

    /** bob's database on bob's server; alice's app on alice's server, connected to the database. */
    private static final PlanTopology TOPOLOGY = topology(
            node("alice", OPERATOR), node("bob", OPERATOR),
            node("app", SOFTWARE, rel("operated_by", "alice", OPERATED_BY), rel("host", "vm1", HOSTED_ON),
                    rel("database", "db", CONNECTS_TO, configure("pre_configure_source", "pre_configure_target", "add_source"))),
            node("vm1", COMPUTE, rel("operated_by", "alice", OPERATED_BY)),
            node("db", SOFTWARE, rel("operated_by", "bob", OPERATED_BY), rel("host", "vm2", HOSTED_ON)),
            node("vm2", COMPUTE, rel("operated_by", "bob", OPERATED_BY)));

    @Test
    void anOperatorRunsItsOwnStepsAndWaitsForWhatItsNodesDependOn() {
        Plan full = PlanGenerator.deploy(TOPOLOGY);
        Plan alice = OperatorShare.of(full, TOPOLOGY, "alice");
        assertEquals("alice", alice.operator());
        assertEquals(List.of(
                "alice Standard.create", "alice Standard.configure", "alice Standard.start",
                "vm1 Standard.create", "vm1 Standard.configure", "vm1 Standard.start",
                "db wait:started",
                "app Standard.create", "app->db Configure.pre_configure_source", "app Standard.configure", "app Standard.start"),
                lines(alice));
        Step wait = alice.steps().get(6);
        assertEquals(Step.WAIT, wait.kind());
        assertEquals("bob", wait.operator(), "a wait names who does the awaited work");
        assertTrue(alice.steps().stream().filter(s -> !Step.WAIT.equals(s.kind())).allMatch(s -> "alice".equals(s.operator())));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), alice.steps().stream().map(Step::order).toList());
    }

    @Test
    void theTargetsOperatorWaitsForTheForeignSourceBeforeItsSideOfTheRelationship() {
        Plan bob = OperatorShare.of(PlanGenerator.deploy(TOPOLOGY), TOPOLOGY, "bob");
        List<String> lines = lines(bob);
        assertEquals(List.of("app wait:created", "app->db Configure.pre_configure_target", "app wait:started",
                "app->db Configure.add_source"), lines.subList(lines.size() - 4, lines.size()));
        assertTrue(lines.indexOf("db Standard.start") < lines.indexOf("app wait:created"));
    }

    @Test
    void anUnknownOperatorIsRefusedNamingItAndTheKnownOnes() {
        UnknownOperatorException e = assertThrows(UnknownOperatorException.class,
                () -> OperatorShare.of(PlanGenerator.deploy(TOPOLOGY), TOPOLOGY, "mallory"));
        assertTrue(e.getMessage().contains("'mallory'") && e.getMessage().contains("alice, bob"), e.getMessage());
    }
}
