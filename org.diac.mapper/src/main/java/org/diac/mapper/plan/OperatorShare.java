package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operator's share of a plan: the steps it executes, in the plan's order, and before them a {@code wait} step
 * for each thing they depend on that another operator (or nobody in particular) does: the requirement targets of
 * a node before its {@code create} ({@code started}), and, before an operation on the target side of a relationship
 * from another operator's node, that source's preceding state ({@code pre_configure_target} after the source is
 * {@code created}, {@code post_configure_target} after {@code configured}, {@code add_source} after
 * {@code started}). Each wait appears once.
 */
public final class OperatorShare {

    private static final Map<String, String> SOURCE_STATE = Map.of("pre_configure_target", "created", "post_configure_target",
            "configured", "add_source", "started");

    private OperatorShare() {
    }

    /** @throws UnknownOperatorException when {@code operator} is none of the topology's operators */
    public static Plan of(Plan plan, PlanTopology topology, String operator) {
        if (!topology.operators().contains(operator)) {
            throw new UnknownOperatorException(operator, topology.operators());
        }
        List<Step> steps = new ArrayList<>();
        Set<String> awaited = new HashSet<>();
        for (Step step : plan.steps()) {
            if (!operator.equals(step.operator())) {
                continue;
            }
            if ("create".equals(step.operation()) && InterfaceDefinitions.STANDARD.equals(step.interfaceName())) {
                PlanNode node = topology.node(step.instance());
                for (PlanRelationship r : node == null ? List.<PlanRelationship>of() : node.requirements()) {
                    PlanNode target = topology.node(r.target());
                    if (target != null && !operator.equals(target.executor())) {
                        await(target, "started", awaited, steps);
                    }
                }
            }
            String sourceState = SOURCE_STATE.get(step.operation());
            if (sourceState != null && InterfaceDefinitions.CONFIGURE.equals(step.interfaceName())) {
                PlanNode source = topology.node(step.instance());
                if (source != null && !operator.equals(source.executor())) {
                    await(source, sourceState, awaited, steps);
                }
            }
            steps.add(step);
        }
        return new Plan(operator, PlanGenerator.numbered(steps));
    }

    private static void await(PlanNode node, String state, Set<String> awaited, List<Step> steps) {
        if (awaited.add(node.name() + " " + state)) {
            steps.add(new Step(0, Step.WAIT, node.name(), null, null, null, "wait", null, Map.of(), List.of(), node.executor(), state));
        }
    }
}
