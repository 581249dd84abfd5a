package org.diac.dsl.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.CapabilityAssignment;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;

/**
 * A topology seen the way the DiaC checks of LANGUAGE.md §6 see it: operators with their effective stake,
 * continent and cloud flag; workers with their instance counts; policies by DiaC type.
 */
public final class DiacTopology {

	public static final String OPERATOR = "diac.nodes.Operator";
	public static final String WORKER = "diac.nodes.Worker";
	public static final String NODE_GROUP = "diac.nodes.NodeGroup";

	/** An operator template; {@code stake} is null when the document does not fix it (e.g. an input without default). */
	public record Operator(NodeTemplate template, BigDecimal stake, String continent, boolean cloud) {

		public String name() {
			return template.getName();
		}

		public PropertyAssignment property(String name) {
			return EffectiveValues.property(template.getProperties(), name);
		}

		/** Where a problem with the stake is marked: the stake property, else the operator. */
		public EObject stakePlace() {
			PropertyAssignment stake = property("stake");
			return stake != null ? stake : template;
		}
	}

	private final TopologyTemplate topology;

	private DiacTopology(TopologyTemplate topology) {
		this.topology = topology;
	}

	public static DiacTopology of(TopologyTemplate topology) {
		return new DiacTopology(topology);
	}

	public List<Operator> operators() {
		List<Operator> operators = new ArrayList<>();
		for (NodeTemplate template : templatesOf(OPERATOR)) {
			PropertyAssignment stake = EffectiveValues.property(template.getProperties(), "stake");
			PropertyAssignment continent = EffectiveValues.property(template.getProperties(), "continent");
			PropertyAssignment cloud = EffectiveValues.property(template.getProperties(), "cloud");
			operators.add(new Operator(template, stake == null ? null : EffectiveValues.number(stake.getValue()),
					continent == null ? null : EffectiveValues.text(continent.getValue()),
					cloud != null && Boolean.TRUE.equals(EffectiveValues.bool(cloud.getValue()))));
		}
		return operators;
	}

	/** Node templates whose type is, or derives from, {@code typeName}. */
	public List<NodeTemplate> templatesOf(String typeName) {
		List<NodeTemplate> result = new ArrayList<>();
		for (NodeTemplate template : topology.getNodeTemplates()) {
			TypeDefinition type = template.getType();
			if (type != null && !type.eIsProxy() && TypeHierarchy.isA(type, typeName)) {
				result.add(template);
			}
		}
		return result;
	}

	/** Policies whose type is, or derives from, {@code typeName}. */
	public List<Policy> policies(String typeName) {
		List<Policy> result = new ArrayList<>();
		for (Policy policy : topology.getPolicies()) {
			if (policy.getType() != null && !policy.getType().eIsProxy() && TypeHierarchy.isA(policy.getType(), typeName)) {
				result.add(policy);
			}
		}
		return result;
	}

	/**
	 * Instances a worker template stands for: its Scalable capability's {@code default_instances} (TOSCA 1.3
	 * §5.5.11, default 1), or null when that is only known at deployment.
	 */
	public static BigInteger instances(NodeTemplate worker) {
		for (CapabilityAssignment capability : worker.getCapabilities()) {
			PropertyAssignment instances = EffectiveValues.property(capability.getProperties(), "default_instances");
			if (instances != null) {
				BigDecimal number = EffectiveValues.number(instances.getValue());
				return number == null ? null : number.toBigInteger();
			}
		}
		return BigInteger.ONE;
	}

	/** Σ instances of {@code workers}; null when any of them is only known at deployment. */
	public static BigInteger instances(List<NodeTemplate> workers) {
		BigInteger total = BigInteger.ZERO;
		for (NodeTemplate worker : workers) {
			BigInteger count = instances(worker);
			if (count == null) {
				return null;
			}
			total = total.add(count);
		}
		return total;
	}

	/** The effective value of a policy property as a number, or null. */
	public static BigDecimal number(Policy policy, String property) {
		PropertyAssignment assignment = EffectiveValues.property(policy.getProperties(), property);
		return assignment == null ? null : EffectiveValues.number(assignment.getValue());
	}
}
