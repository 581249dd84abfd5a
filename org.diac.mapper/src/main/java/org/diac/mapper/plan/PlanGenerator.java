package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The TOSCA 1.3 declarative deploy and undeploy workflows (§7.1, §7.2) of an instance model, as one sequence of
 * steps (xOpera's order, MAPPER-DEPLOYER.md §3.1/§4):
 * <ul>
 * <li>nodes in {@link TopologicalOrder} (requirement targets started before their sources are created);</li>
 * <li>per node: {@code Standard.create}; for each of its relationships {@code Configure.pre_configure_source} (on the
 * source) and {@code pre_configure_target} (on the target, by the target's operator); {@code Standard.configure};
 * {@code post_configure_source}, {@code post_configure_target}; {@code Standard.start}; then {@code add_target} (the
 * source learns of the target) and {@code add_source} (the target learns of the source) — the Configure
 * operations in the order §5.8.5 defines them;</li>
 * <li>a node operation without implementation is a {@code no-op} step (its state still changes); a relationship
 * operation without implementation is left out (every relationship type has the Configure interface, and a plan
 * with a no-op for each would bury the real steps);</li>
 * <li>leaving nodes ({@link #transition}) in reverse topological order of the previous model: {@code remove_target}
 * on sources that stay, {@code remove_source} on targets that stay, then {@code Standard.stop}, {@code Standard.delete}.</li>
 * </ul>
 */
public final class PlanGenerator {

    private PlanGenerator() {
    }

    /** Every node deployed from scratch. */
    public static Plan deploy(PlanTopology topology) {
        List<Step> steps = new ArrayList<>();
        Set<String> all = new HashSet<>();
        topology.nodes().forEach(n -> all.add(n.name()));
        deploySteps(topology, all, steps);
        return new Plan(null, numbered(steps));
    }

    /**
     * From {@code previous} to {@code next}: nodes that leave (absent from {@code next}, or run by another operator
     * there) are undeployed first, in reverse order; then nodes that join are deployed. Nodes in both, with the same
     * operator, are running and get no step, but their relationships to joining or leaving nodes do; a staying node
     * whose properties or interfaces changed is configured and started again (TOSCA 1.3 §5.8.4), and the running
     * sources of its relationships get {@code target_changed} (§5.8.5).
     */
    public static Plan transition(PlanTopology previous, PlanTopology next) {
        Set<String> leaving = changed(previous, next);
        Set<String> joining = changed(next, previous);
        List<Step> steps = new ArrayList<>();
        List<PlanNode> order = new ArrayList<>(TopologicalOrder.of(previous));
        java.util.Collections.reverse(order);
        for (PlanNode node : order) {
            if (!leaving.contains(node.name())) {
                continue;
            }
            for (PlanNode source : previous.nodes()) {
                if (leaving.contains(source.name())) {
                    continue;
                }
                for (PlanRelationship r : source.requirements()) {
                    if (node.name().equals(r.target())) {
                        relationshipStep(previous, source, r, "remove_target", source, null, steps);
                    }
                }
            }
            for (PlanRelationship r : node.requirements()) {
                PlanNode target = previous.node(r.target());
                if (target != null && !leaving.contains(target.name())) {
                    relationshipStep(previous, node, r, "remove_source", target, null, steps);
                }
            }
            nodeStep(previous, node, "stop", "configured", steps);
            nodeStep(previous, node, "delete", "deleted", steps);
        }
        Set<String> reconfigured = new LinkedHashSet<>();
        for (PlanNode node : next.nodes()) {
            PlanNode before = previous.node(node.name());
            if (!joining.contains(node.name()) && before != null && (!before.properties().equals(node.properties())
                    || !before.interfaces().equals(node.interfaces()))) {
                reconfigured.add(node.name());
            }
        }
        for (PlanNode node : TopologicalOrder.of(next)) {
            if (!reconfigured.contains(node.name())) {
                continue;
            }
            nodeStep(next, node, "configure", "configured", steps);
            nodeStep(next, node, "start", "started", steps);
            for (PlanNode source : next.nodes()) {
                if (joining.contains(source.name())) {
                    continue;
                }
                for (PlanRelationship r : source.requirements()) {
                    if (node.name().equals(r.target())) {
                        relationshipStep(next, source, r, "target_changed", source, null, steps);
                    }
                }
            }
        }
        deploySteps(next, joining, steps);
        return new Plan(null, numbered(steps));
    }

    /** Names of {@code of}'s nodes that {@code other} lacks or runs by another operator. */
    private static Set<String> changed(PlanTopology of, PlanTopology other) {
        Set<String> changed = new LinkedHashSet<>();
        for (PlanNode node : of.nodes()) {
            PlanNode there = other.node(node.name());
            if (there == null || !Objects.equals(there.executor(), node.executor())) {
                changed.add(node.name());
            }
        }
        return changed;
    }

    private static void deploySteps(PlanTopology topology, Set<String> deployed, List<Step> steps) {
        for (PlanNode node : TopologicalOrder.of(topology)) {
            if (!deployed.contains(node.name())) {
                continue;
            }
            List<PlanRelationship> out = new ArrayList<>();
            for (PlanRelationship r : node.requirements()) {
                if (topology.node(r.target()) != null) {
                    out.add(r);
                }
            }
            nodeStep(topology, node, "create", "created", steps);
            for (PlanRelationship r : out) {
                relationshipStep(topology, node, r, "pre_configure_source", node, null, steps);
                relationshipStep(topology, node, r, "pre_configure_target", topology.node(r.target()), null, steps);
            }
            nodeStep(topology, node, "configure", "configured", steps);
            for (PlanRelationship r : out) {
                relationshipStep(topology, node, r, "post_configure_source", node, null, steps);
                relationshipStep(topology, node, r, "post_configure_target", topology.node(r.target()), null, steps);
            }
            nodeStep(topology, node, "start", "started", steps);
            for (PlanRelationship r : out) {
                relationshipStep(topology, node, r, "add_target", node, null, steps);
                relationshipStep(topology, node, r, "add_source", topology.node(r.target()), null, steps);
            }
            // running sources (a transition) learn of this new target once it is started
            for (PlanNode source : topology.nodes()) {
                if (deployed.contains(source.name())) {
                    continue;
                }
                for (PlanRelationship r : source.requirements()) {
                    if (node.name().equals(r.target())) {
                        relationshipStep(topology, source, r, "add_target", source, null, steps);
                        relationshipStep(topology, source, r, "add_source", node, null, steps);
                    }
                }
            }
        }
    }

    private static void nodeStep(PlanTopology topology, PlanNode node, String operation, String state, List<Step> steps) {
        Operation definition = node.operation(InterfaceDefinitions.STANDARD, operation);
        InputResolver.Resolved inputs = InputResolver.forNode(topology, node).resolve(definition.inputs());
        steps.add(new Step(0, definition.implementation() == null ? Step.NO_OP : Step.CALL, node.name(), null, null,
                InterfaceDefinitions.STANDARD, operation, definition.implementation(), inputs.inputs(), inputs.unresolved(),
                node.executor(), state));
    }

    /** A Configure operation of {@code r} (from {@code source}) run on {@code on}'s side, when it has an implementation. */
    private static void relationshipStep(PlanTopology topology, PlanNode source, PlanRelationship r, String operation, PlanNode on,
            String state, List<Step> steps) {
        Map<String, Operation> configure = r.interfaces().get(InterfaceDefinitions.CONFIGURE);
        Operation definition = configure == null ? null : configure.get(operation);
        if (definition == null || definition.implementation() == null) {
            return;
        }
        InputResolver.Resolved inputs = InputResolver.forRelationship(topology, r, source, topology.node(r.target()))
                .resolve(definition.inputs());
        steps.add(new Step(0, Step.CALL, source.name(), r.target(), r.requirement(), InterfaceDefinitions.CONFIGURE, operation,
                definition.implementation(), inputs.inputs(), inputs.unresolved(), on == null ? null : on.executor(), state));
    }

    static List<Step> numbered(List<Step> steps) {
        List<Step> numbered = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            numbered.add(steps.get(i).at(i + 1));
        }
        return numbered;
    }
}
