package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology.Operator;
import org.diac.dsl.model.DiacTopology;
import org.eclipse.xtext.validation.Check;

/**
 * The Staking policy (LANGUAGE.md §3, §6): every operator stakes at least {@code stake_threshold}; the
 * operator list holds at most {@code max_operators}; the worker instances fit the slots that stakes buy,
 * Σ floor(stake / unit_stake). A Staking policy with operator targets governs those, else all operators.
 */
public class StakingValidator extends AbstractCheckGroup {

	@Check
	public void staking(TopologyTemplate topology) {
		DiacTopology network = DiacTopology.of(topology);
		List<Operator> all = network.operators();
		for (Policy policy : network.policies("diac.policies.Staking")) {
			List<Operator> governed = governed(policy, all);
			threshold(policy, governed);
			maxOperators(policy, all);
			slots(policy, governed, network.templatesOf(DiacTopology.WORKER));
		}
	}

	private void threshold(Policy policy, List<Operator> operators) {
		BigDecimal threshold = DiacTopology.number(policy, "stake_threshold");
		if (threshold == null) {
			return;
		}
		for (Operator operator : operators) {
			if (operator.stake() != null && operator.stake().compareTo(threshold) < 0) {
				errorAt(DIAC_STAKE_BELOW_THRESHOLD, "operator '" + operator.name() + "' stakes " + plain(operator.stake())
						+ ", below stake_threshold " + plain(threshold) + " of policy '" + policy.getName() + "'", operator.stakePlace());
			}
		}
	}

	private void maxOperators(Policy policy, List<Operator> operators) {
		BigDecimal max = DiacTopology.number(policy, "max_operators");
		if (max != null && BigDecimal.valueOf(operators.size()).compareTo(max) > 0) {
			errorAt(DIAC_TOO_MANY_OPERATORS, "the document declares " + operators.size() + " operators, more than max_operators "
					+ plain(max) + " of policy '" + policy.getName() + "'", place(policy, "max_operators"));
		}
	}

	private void slots(Policy policy, List<Operator> operators, List<NodeTemplate> workers) {
		BigDecimal unit = DiacTopology.number(policy, "unit_stake");
		if (unit == null || unit.signum() <= 0 || workers.isEmpty()) {
			return;
		}
		BigInteger slots = BigInteger.ZERO;
		for (Operator operator : operators) {
			if (operator.stake() == null) {
				return; // a stake only known at deployment: the mapper checks then
			}
			slots = slots.add(operator.stake().divide(unit, 0, RoundingMode.FLOOR).toBigInteger().max(BigInteger.ZERO));
		}
		BigInteger instances = DiacTopology.instances(workers);
		if (instances != null && instances.compareTo(slots) > 0) {
			errorAt(DIAC_SLOTS_EXCEEDED, "the workers (" + String.join(", ", workers.stream().map(NodeTemplate::getName).toList()) + ") ask for "
					+ instances + " instances, but the operators' stakes buy only " + slots + " slots (Σ floor(stake / unit_stake "
					+ plain(unit) + ") of policy '" + policy.getName() + "')", place(policy, "unit_stake"));
		}
	}

	private static List<Operator> governed(Policy policy, List<Operator> all) {
		List<Operator> targeted = all.stream().filter(operator -> policy.getTargets().contains(operator.template())).toList();
		return targeted.isEmpty() ? all : targeted;
	}
}
