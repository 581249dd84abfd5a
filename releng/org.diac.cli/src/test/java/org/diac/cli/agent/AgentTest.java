package org.diac.cli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.mapper.plan.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent against an in-memory chain and real local processes: its share runs once, in order, each state reported
 * for its own instances only; a failing script is reported as {@code error}; an agent killed mid-plan resumes
 * without repeating a finished step; a new epoch moves instances with stop/delete before the joins.
 */
class AgentTest {

    static final String DOCUMENT = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            metadata: { template_name: agents }
            node_types:
              test.Worker:
                derived_from: diac.nodes.Worker
                interfaces:
                  Standard:
                    create: scripts/create.sh
                    configure: scripts/configure.sh
                    start: scripts/start.sh
                    stop: scripts/stop.sh
                    delete: scripts/delete.sh
            topology_template:
              node_templates:
                alice: { type: diac.nodes.Operator, properties: { stake: 300 } }
                bob: { type: diac.nodes.Operator, properties: { stake: 300 } }
                shards:
                  type: diac.nodes.NodeGroup
                  properties: { name_pattern: "shard{index}", occurrence: 2, members_per_group: 3 }
                  requirements: [ { composed_of: worker } ]
                worker:
                  type: test.Worker
                  capabilities: { scalable: { properties: { default_instances: 6 } } }
              policies:
                - staking: { type: diac.policies.Staking, properties: { unit_stake: 100 } }
            """;

    @TempDir
    Path dir;
    Path state;
    Path artifacts;
    InMemoryLedger ledger;
    final StringWriter out = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        state = dir.resolve("state");
        artifacts = dir.resolve("csar");
        Files.createDirectories(artifacts.resolve("scripts"));
        for (String op : List.of("create", "configure", "stop", "delete")) {
            script(op, "echo " + op + " >> ops.log");
        }
        script("start", "echo start >> ops.log\necho ipv4_addr=127.0.0.2 >> \"$DIAC_OUTPUTS\"");
        ledger = new InMemoryLedger("agents", "alice", DOCUMENT);
    }

    private void script(String op, String body) throws Exception {
        Files.writeString(artifacts.resolve("scripts/" + op + ".sh"), "set -e\n" + body + "\n");
    }

    private Agent agent(Driver driver) {
        return new Agent(ledger.client(), "agents", "alice", driver, state, artifacts, Duration.ofSeconds(20),
                Duration.ofMillis(200), new PrintWriter(out, true));
    }

    private List<String> ops(String instance) throws Exception {
        Path log = state.resolve("work").resolve(instance).resolve("ops.log");
        return Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
    }

    private List<String> reported(String instance) {
        return ledger.reports.stream().filter(r -> r.instance().equals(instance)).map(InstanceStatusRecord::status)
                .toList();
    }

    @Test
    void withoutAnEpochThereIsNothingToDeploy() {
        assertEquals(Agent.Outcome.UP_TO_DATE, agent(new LocalProcessDriver()).reconcile());
        assertTrue(ledger.reports.isEmpty());
    }

    @Test
    void itsShareRunsThroughLocalScriptsAndEveryStateOfItsOwnInstancesIsReported() throws Exception {
        ledger.epoch(1, 7);
        List<String> mine = ledger.instancesOf("alice");
        assertEquals(3, mine.size());
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile(), out.toString());
        for (String instance : mine) {
            assertEquals(List.of("create", "configure", "start"), ops(instance));
            assertEquals(List.of("created", "configured", "started"), reported(instance));
        }
        assertEquals("127.0.0.2", ledger.statuses.get(mine.get(0)).ipv4());
        assertEquals(List.of("created", "configured", "started"), reported("alice")); // its operator template
        assertEquals("", ledger.statuses.get("alice").ipv4()); // no operation ran for it: no address
        for (String instance : ledger.instancesOf("bob")) {
            assertTrue(ops(instance).isEmpty());
            assertTrue(reported(instance).isEmpty());
        }
        // the same epoch and version again: nothing runs, nothing is reported
        int reports = ledger.reports.size();
        assertEquals(Agent.Outcome.UP_TO_DATE, agent(new LocalProcessDriver()).reconcile());
        assertEquals(reports, ledger.reports.size());
        assertFalse(Files.exists(state.resolve("journal.json")));
    }

    @Test
    void pipelinedReportsOfEachInstanceArriveInOrderAndEveryStepEndsDone() throws Exception {
        ledger.pipelined = true; // reports endorsed from several threads, as against a Fabric gateway
        ledger.epoch(1, 7);
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile(), out.toString());
        for (String instance : ledger.instancesOf("alice")) {
            assertEquals(List.of("created", "configured", "started"), reported(instance), instance);
        }
        assertEquals(List.of("created", "configured", "started"), reported("alice"));
        int reports = ledger.reports.size();
        assertEquals(Agent.Outcome.UP_TO_DATE, agent(new LocalProcessDriver()).reconcile());
        assertEquals(reports, ledger.reports.size());
        assertFalse(Files.exists(state.resolve("journal.json")), "every step done, the journal cleared");
    }

    @Test
    void aFailingScriptIsReportedAsTheInstancesErrorAndStopsThePlan() throws Exception {
        script("configure", "echo configure >> ops.log\necho 'disk full' >&2\nexit 3");
        ledger.epoch(1, 7);
        String first = ledger.instancesOf("alice").get(0);
        assertEquals(Agent.Outcome.FAILED, agent(new LocalProcessDriver()).reconcile());
        assertEquals(List.of("created", "error"), reported(first));
        assertTrue(out.toString().contains("configure.sh exited with 3"), out.toString());
        String log = Files.readString(Files.list(state.resolve("logs")).filter(p -> p.toString()
                .endsWith("-configure.log")).findFirst().orElseThrow());
        assertTrue(log.contains("disk full"), log);
        assertFalse(ops(first).contains("start"));
        // the same agent does not run the failed plan again on the next event; a restarted one retries it
        Agent same = agent(new LocalProcessDriver());
        assertEquals(Agent.Outcome.FAILED, same.reconcile());
        int reports = ledger.reports.size();
        assertEquals(Agent.Outcome.FAILED, same.reconcile());
        assertEquals(reports, ledger.reports.size());
        script("configure", "echo configure >> ops.log");
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile());
        assertEquals(List.of("create", "configure", "configure", "configure", "start"), ops(first));
        assertEquals(List.of("created", "error", "error", "configured", "started"), reported(first));
    }

    @Test
    void aScriptThatHangsTimesOutAsAnError() throws Exception {
        script("create", "sleep 30");
        ledger.epoch(1, 7);
        Agent agent = new Agent(ledger.client(), "agents", "alice", new LocalProcessDriver(), state, artifacts,
                Duration.ofMillis(500), Duration.ofMillis(200), new PrintWriter(out, true));
        assertEquals(Agent.Outcome.FAILED, agent.reconcile());
        assertTrue(out.toString().contains("timed out"), out.toString());
        assertEquals(List.of("error"), reported(ledger.instancesOf("alice").get(0)));
    }

    @Test
    void anAgentKilledMidPlanResumesWithoutRepeatingAFinishedStep() throws Exception {
        ledger.epoch(1, 7);
        List<String> mine = ledger.instancesOf("alice");
        // killed when about to run the 5th operation (steps 1-4 finished), then killed again while reporting
        Driver dying = new Driver() {
            int calls;
            final LocalProcessDriver local = new LocalProcessDriver();

            @Override
            public Result run(Step step, Path implementation, Map<String, String> env, Path work, Path log,
                    Duration timeout) {
                if (++calls == 5) {
                    throw new InMemoryLedger.Killed("killed before " + step.instance() + " " + step.operation());
                }
                return local.run(step, implementation, env, work, log, timeout);
            }

            @Override
            public String defaultAddress() {
                return "127.0.0.1";
            }
        };
        assertThrows(InMemoryLedger.Killed.class, () -> agent(dying).reconcile());
        assertTrue(Files.exists(state.resolve("journal.json")));
        ledger.killAtReport = 2;
        assertThrows(InMemoryLedger.Killed.class, () -> agent(new LocalProcessDriver()).reconcile());
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile(), out.toString());
        for (String instance : mine) {
            assertEquals(List.of("create", "configure", "start"), ops(instance), instance + ": every operation once");
            assertEquals(List.of("created", "configured", "started"), reported(instance), instance);
        }
        assertTrue(out.toString().contains("finished steps not repeated"), out.toString());
    }

    @Test
    void aNewEpochStopsAndDeletesWhatMovedAwayBeforeDeployingWhatArrived() throws Exception {
        ledger.epoch(1, 7);
        agent(new LocalProcessDriver()).reconcile();
        List<String> before = ledger.instancesOf("alice");
        int seed = 8;
        ledger.epoch(2, seed);
        while (ledger.instancesOf("alice").equals(before)) {
            ledger.epochs.remove(ledger.epochs.size() - 1);
            ledger.epoch(2, ++seed);
        }
        List<String> after = ledger.instancesOf("alice");
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile(), out.toString());
        for (String left : before.stream().filter(i -> !after.contains(i)).toList()) {
            assertEquals(List.of("create", "configure", "start", "stop", "delete"), ops(left), left);
        }
        for (String joined : after.stream().filter(i -> !before.contains(i)).toList()) {
            assertEquals(List.of("create", "configure", "start"), ops(joined), joined);
        }
        for (String stayed : after.stream().filter(before::contains).toList()) {
            assertEquals(List.of("create", "configure", "start"), ops(stayed), stayed + " is left alone");
        }
    }

    @Test
    void aNewVersionThatChangesTheWorkersPropertiesReconfiguresThem() throws Exception {
        ledger.epoch(1, 7);
        agent(new LocalProcessDriver()).reconcile();
        ledger.version = 2;
        ledger.document = DOCUMENT.replace("default_instances: 6 } } }",
                "default_instances: 6 } } }\n      properties: { image: v2 }");
        assertEquals(Agent.Outcome.DEPLOYED, agent(new LocalProcessDriver()).reconcile(), out.toString());
        for (String instance : ledger.instancesOf("alice")) {
            assertEquals(List.of("create", "configure", "start", "configure", "start"), ops(instance), instance);
        }
        assertEquals(Agent.Outcome.UP_TO_DATE, agent(new LocalProcessDriver()).reconcile());
    }
}
