package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small topologies in code: nodes with their type chains, requirements and operations. */
final class Nodes {

    static final List<String> COMPUTE = List.of("tosca.nodes.Compute", "tosca.nodes.Root");
    static final List<String> SOFTWARE = List.of("tosca.nodes.SoftwareComponent", "tosca.nodes.Root");
    static final List<String> WORKER = List.of("diac.nodes.Worker", "diac.nodes.Node", "tosca.nodes.Root");
    static final List<String> OPERATOR = List.of("diac.nodes.Operator", "tosca.nodes.Root");
    static final List<String> HOSTED_ON = List.of("tosca.relationships.HostedOn", "tosca.relationships.Root");
    static final List<String> DEPENDS_ON = List.of("tosca.relationships.DependsOn", "tosca.relationships.Root");
    static final List<String> CONNECTS_TO = List.of("tosca.relationships.ConnectsTo", "tosca.relationships.Root");
    static final List<String> OPERATED_BY = List.of("diac.relationships.OperatedBy", "tosca.relationships.DependsOn",
            "tosca.relationships.Root");

    private Nodes() {
    }

    static PlanNode node(String name, List<String> types, PlanRelationship... requirements) {
        return new PlanNode(name, types, Map.of(), Map.of(), List.of(requirements));
    }

    static PlanNode node(String name, List<String> types, Map<String, Object> properties, Map<String, Map<String, Operation>> interfaces,
            PlanRelationship... requirements) {
        return new PlanNode(name, types, properties, interfaces, List.of(requirements));
    }

    static PlanRelationship rel(String requirement, String target, List<String> types) {
        return new PlanRelationship(requirement, target, types, Map.of(), Map.of());
    }

    static PlanRelationship rel(String requirement, String target, List<String> types, Map<String, Map<String, Operation>> interfaces) {
        return new PlanRelationship(requirement, target, types, Map.of(), interfaces);
    }

    /** Standard operations create/configure/start/stop/delete implemented by {@code <name>-<op>.yaml}. */
    static Map<String, Map<String, Operation>> standard(String prefix, String... operations) {
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (String op : operations) {
            ops.put(op, new Operation(prefix + "-" + op + ".yaml", Map.of()));
        }
        return Map.of(InterfaceDefinitions.STANDARD, ops);
    }

    static Map<String, Map<String, Operation>> configure(String... operations) {
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (String op : operations) {
            ops.put(op, new Operation(op + ".yaml", Map.of()));
        }
        return Map.of(InterfaceDefinitions.CONFIGURE, ops);
    }

    static PlanTopology topology(PlanNode... nodes) {
        return new PlanTopology(List.of(nodes), Map.of());
    }

    /** "instance interface.operation" of each step, in order. */
    static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Step step : plan.steps()) {
            lines.add(step.instance() + (step.target() == null ? "" : "->" + step.target()) + " "
                    + (Step.WAIT.equals(step.kind()) ? "wait:" + step.state() : step.qualifiedOperation()));
        }
        return lines;
    }

    static int indexOf(Plan plan, String line) {
        int index = lines(plan).indexOf(line);
        if (index < 0) {
            throw new AssertionError("no step '" + line + "' in " + lines(plan));
        }
        return index;
    }
}
