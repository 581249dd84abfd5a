package org.diac.mapper.plan;

import static org.diac.mapper.plan.Nodes.COMPUTE;
import static org.diac.mapper.plan.Nodes.CONNECTS_TO;
import static org.diac.mapper.plan.Nodes.HOSTED_ON;
import static org.diac.mapper.plan.Nodes.OPERATED_BY;
import static org.diac.mapper.plan.Nodes.OPERATOR;
import static org.diac.mapper.plan.Nodes.SOFTWARE;
import static org.diac.mapper.plan.Nodes.WORKER;
import static org.diac.mapper.plan.Nodes.configure;
import static org.diac.mapper.plan.Nodes.indexOf;
import static org.diac.mapper.plan.Nodes.lines;
import static org.diac.mapper.plan.Nodes.node;
import static org.diac.mapper.plan.Nodes.rel;
import static org.diac.mapper.plan.Nodes.standard;
import static org.diac.mapper.plan.Nodes.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

    @Test
    void eachNodeIsCreatedConfiguredAndStartedAfterItsHostIsStarted() {
        Plan plan = PlanGenerator.deploy(topology(
                node("app", SOFTWARE, Map.of(), standard("app", "create", "configure", "start"), rel("host", "server", HOSTED_ON)),
                node("server", COMPUTE)));
        assertEquals(List.of("server Standard.create", "server Standard.configure", "server Standard.start", "app Standard.create",
                "app Standard.configure", "app Standard.start"), lines(plan));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), plan.steps().stream().map(Step::order).toList());
        assertEquals(List.of("created", "configured", "started"), plan.steps().subList(0, 3).stream().map(Step::state).toList());
    }

    @Test
    void anOperationWithoutImplementationIsANoOpStepAndOneWithItACall() {
        Plan plan = PlanGenerator.deploy(topology(
                node("app", SOFTWARE, Map.of(), standard("app", "create")), node("server", COMPUTE)));
        Step create = plan.steps().get(0);
        assertEquals(Step.CALL, create.kind());
        assertEquals("app-create.yaml", create.implementation());
        Step configure = plan.steps().get(1);
        assertEquals(Step.NO_OP, configure.kind());
        assertNull(configure.implementation());
    }

    @Test
    void relationshipOperationsSitBetweenTheSourcesLifecycleStepsInTheOrderOfTosca13Section585() {
        Map<String, Map<String, Operation>> all = configure("pre_configure_source", "pre_configure_target", "post_configure_source",
                "post_configure_target", "add_target", "add_source");
        Plan plan = PlanGenerator.deploy(topology(
                node("client", SOFTWARE, rel("database", "db", CONNECTS_TO, all)),
                node("db", SOFTWARE)));
        assertEquals(List.of(
                "db Standard.create", "db Standard.configure", "db Standard.start",
                "client Standard.create",
                "client->db Configure.pre_configure_source", "client->db Configure.pre_configure_target",
                "client Standard.configure",
                "client->db Configure.post_configure_source", "client->db Configure.post_configure_target",
                "client Standard.start",
                "client->db Configure.add_target", "client->db Configure.add_source"), lines(plan));
    }

    @Test
    void targetSideRelationshipOperationsAreExecutedByTheTargetsOperator() {
        Plan plan = PlanGenerator.deploy(topology(
                node("alice", OPERATOR), node("bob", OPERATOR),
                node("client", SOFTWARE, rel("operated_by", "alice", OPERATED_BY),
                        rel("database", "db", CONNECTS_TO, configure("pre_configure_source", "pre_configure_target"))),
                node("db", SOFTWARE, rel("operated_by", "bob", OPERATED_BY))));
        Step source = plan.steps().get(indexOf(plan, "client->db Configure.pre_configure_source"));
        Step target = plan.steps().get(indexOf(plan, "client->db Configure.pre_configure_target"));
        assertEquals("alice", source.operator());
        assertEquals("bob", target.operator());
        assertEquals("alice", plan.steps().get(indexOf(plan, "client Standard.create")).operator());
        assertEquals("alice", plan.steps().get(indexOf(plan, "alice Standard.create")).operator(), "an operator runs its own template");
    }

    @Test
    void relationshipOperationsWithoutImplementationAreLeftOut() {
        Plan plan = PlanGenerator.deploy(topology(node("a", WORKER, rel("operated_by", "op", OPERATED_BY)), node("op", OPERATOR)));
        assertEquals(6, plan.steps().size(), lines(plan).toString());
    }

    @Test
    void inputsResolveLiteralsGetInputAndGetPropertyOnTheSameTemplate() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("literal", 8080);
        inputs.put("from_input", Map.of("get_input", "region"));
        inputs.put("from_self", Map.of("get_property", List.of("SELF", "port")));
        inputs.put("by_name", Map.of("get_property", List.of("web", "settings", "mode")));
        inputs.put("chained", Map.of("get_property", List.of("SELF", "zone")));
        inputs.put("other_template", Map.of("get_property", List.of("db", "port")));
        inputs.put("attribute", Map.of("get_attribute", List.of("SELF", "public_address")));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("port", 80);
        properties.put("settings", Map.of("mode", "fast"));
        properties.put("zone", Map.of("get_input", "region"));
        PlanNode web = node("web", SOFTWARE, properties,
                Map.of(InterfaceDefinitions.STANDARD, Map.of("create", new Operation("create.sh", inputs))));
        Plan plan = PlanGenerator.deploy(new PlanTopology(List.of(web, node("db", SOFTWARE)), Map.of("region", "eu-west")));
        Step create = plan.steps().get(indexOf(plan, "web Standard.create"));
        assertEquals(8080, create.inputs().get("literal"));
        assertEquals("eu-west", create.inputs().get("from_input"));
        assertEquals(80, create.inputs().get("from_self"));
        assertEquals("fast", create.inputs().get("by_name"));
        assertEquals("eu-west", create.inputs().get("chained"));
        assertEquals(List.of("other_template", "attribute"), create.unresolved());
        assertEquals(Map.of("get_attribute", List.of("SELF", "public_address")), create.inputs().get("attribute"), "kept as written");
    }

    @Test
    void leavingNodesAreStoppedAndDeletedInReverseOrderBeforeJoiningOnesAreDeployed() {
        PlanTopology previous = topology(
                node("alice", OPERATOR), node("bob", OPERATOR),
                node("vm", COMPUTE, rel("operated_by", "alice", OPERATED_BY)),
                node("app", SOFTWARE, rel("operated_by", "alice", OPERATED_BY), rel("host", "vm", HOSTED_ON)),
                node("stays", SOFTWARE, rel("operated_by", "bob", OPERATED_BY)),
                node("moves", WORKER, rel("operated_by", "alice", OPERATED_BY)));
        PlanTopology next = topology(
                node("alice", OPERATOR), node("bob", OPERATOR),
                node("stays", SOFTWARE, rel("operated_by", "bob", OPERATED_BY)),
                node("moves", WORKER, rel("operated_by", "bob", OPERATED_BY)),
                node("joins", WORKER, rel("operated_by", "bob", OPERATED_BY)));
        Plan plan = PlanGenerator.transition(previous, next);
        assertEquals(List.of(
                "moves Standard.stop", "moves Standard.delete",
                "app Standard.stop", "app Standard.delete",
                "vm Standard.stop", "vm Standard.delete",
                "moves Standard.create", "moves Standard.configure", "moves Standard.start",
                "joins Standard.create", "joins Standard.configure", "joins Standard.start"), lines(plan));
        assertEquals("alice", plan.steps().get(0).operator(), "the old operator undeploys a moved instance");
        assertEquals("bob", plan.steps().get(6).operator(), "the new one deploys it");
        assertEquals("deleted", plan.steps().get(1).state());
    }

    @Test
    void runningSourcesAreToldOfALeavingTargetBeforeItStops() {
        Map<String, Map<String, Operation>> ops = configure("remove_target", "add_target");
        PlanTopology previous = topology(node("lb", SOFTWARE, rel("member", "w1", CONNECTS_TO, ops)), node("w1", WORKER));
        PlanTopology next = topology(node("lb", SOFTWARE, rel("member", "w2", CONNECTS_TO, ops)), node("w2", WORKER));
        List<String> lines = lines(PlanGenerator.transition(previous, next));
        assertEquals(List.of("lb->w1 Configure.remove_target", "w1 Standard.stop", "w1 Standard.delete",
                "w2 Standard.create", "w2 Standard.configure", "w2 Standard.start", "lb->w2 Configure.add_target"), lines);
    }

    @Test
    void aStayingNodeWhosePropertiesChangedIsConfiguredAndStartedAgainAndItsSourcesToldSo() {
        Map<String, Map<String, Operation>> ops = configure("target_changed");
        PlanTopology previous = topology(node("lb", SOFTWARE, rel("member", "w1", CONNECTS_TO, ops)),
                node("w1", WORKER, Map.of("threads", 2), standard("w", "configure")));
        PlanTopology next = topology(node("lb", SOFTWARE, rel("member", "w1", CONNECTS_TO, ops)),
                node("w1", WORKER, Map.of("threads", 4), standard("w", "configure")));
        assertEquals(List.of("w1 Standard.configure", "w1 Standard.start", "lb->w1 Configure.target_changed"),
                lines(PlanGenerator.transition(previous, next)));
        assertTrue(PlanGenerator.transition(next, next).steps().isEmpty());
    }

    @Test
    void aPlanFromAModelToItselfIsEmpty() {
        PlanTopology model = topology(node("op", OPERATOR), node("w", WORKER, rel("operated_by", "op", OPERATED_BY)));
        assertTrue(PlanGenerator.transition(model, model).steps().isEmpty());
    }
}
