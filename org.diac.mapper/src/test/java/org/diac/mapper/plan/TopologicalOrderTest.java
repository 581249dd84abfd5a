package org.diac.mapper.plan;

import static org.diac.mapper.plan.Nodes.COMPUTE;
import static org.diac.mapper.plan.Nodes.CONNECTS_TO;
import static org.diac.mapper.plan.Nodes.DEPENDS_ON;
import static org.diac.mapper.plan.Nodes.HOSTED_ON;
import static org.diac.mapper.plan.Nodes.SOFTWARE;
import static org.diac.mapper.plan.Nodes.node;
import static org.diac.mapper.plan.Nodes.rel;
import static org.diac.mapper.plan.Nodes.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopologicalOrderTest {

    private static List<String> names(PlanTopology topology) {
        return TopologicalOrder.of(topology).stream().map(PlanNode::name).toList();
    }

    @Test
    void hostsComeBeforeWhatTheyHostAndTargetsBeforeTheirDependents() {
        // written in the worst order: app (on server, connects to db), db (on dbserver), servers last
        PlanTopology topology = topology(
                node("app", SOFTWARE, rel("host", "server", HOSTED_ON), rel("database", "db", CONNECTS_TO)),
                node("monitor", SOFTWARE, rel("dependency", "app", DEPENDS_ON)),
                node("db", SOFTWARE, rel("host", "dbserver", HOSTED_ON)),
                node("server", COMPUTE),
                node("dbserver", COMPUTE));
        List<String> order = names(topology);
        assertEquals(List.of("server", "dbserver", "db", "app", "monitor"), order);
    }

    @Test
    void readyNodesKeepDocumentOrderSoThePlanIsDeterministic() {
        assertEquals(List.of("b", "a", "c"), names(topology(node("b", COMPUTE), node("a", COMPUTE), node("c", COMPUTE))));
    }

    @Test
    void requirementsToNoTemplateOfTheTopologyAddNoOrdering() {
        assertEquals(List.of("app"), names(topology(node("app", SOFTWARE, rel("host", "tosca.nodes.Compute", HOSTED_ON)))));
    }

    @Test
    void aCycleIsRefusedNamingItsTemplates() {
        PlanTopology topology = topology(
                node("web", SOFTWARE, rel("host", "server", HOSTED_ON)),
                node("server", COMPUTE, rel("dependency", "cache", DEPENDS_ON)),
                node("cache", SOFTWARE, rel("dependency", "web", DEPENDS_ON)),
                node("outside", COMPUTE));
        CycleException e = assertThrows(CycleException.class, () -> TopologicalOrder.of(topology));
        assertEquals(List.of("web", "server", "cache", "web"), e.cycle());
        assertTrue(e.getMessage().contains("web -> server -> cache -> web"), e.getMessage());
    }

    @Test
    void aNodeThatOnlyDependsOnACycleIsNotNamedAsPartOfIt() {
        PlanTopology topology = topology(
                node("late", SOFTWARE, rel("dependency", "a", DEPENDS_ON)),
                node("a", SOFTWARE, rel("dependency", "b", DEPENDS_ON)),
                node("b", SOFTWARE, rel("dependency", "a", DEPENDS_ON)));
        assertEquals(List.of("a", "b", "a"), assertThrows(CycleException.class, () -> TopologicalOrder.of(topology)).cycle());
    }

    @Test
    void aNodeRequiringItselfIsACycle() {
        assertEquals(List.of("loop", "loop"),
                assertThrows(CycleException.class, () -> TopologicalOrder.of(topology(node("loop", SOFTWARE, rel("d", "loop", DEPENDS_ON)))))
                        .cycle());
    }
}
