package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology.Operator;
import org.diac.dsl.model.DiacTopology;
import org.eclipse.xtext.validation.Check;

/**
 * The Decentralization policy (LANGUAGE.md §3, §6), over all operators of the document: no operator holds
 * more than {@code max_stake_share} of the total stake, no continent hosts more than {@code max_per_continent}
 * operators, and cloud operators make up at most {@code max_cloud_share}. The mapper checks them again.
 */
public class DecentralizationValidator extends AbstractCheckGroup {

	@Check
	public void decentralization(TopologyTemplate topology) {
		DiacTopology network = DiacTopology.of(topology);
		List<Operator> operators = network.operators();
		if (operators.isEmpty()) {
			return;
		}
		for (Policy policy : network.policies("diac.policies.Decentralization")) {
			stakeShare(policy, operators);
			continents(policy, operators);
			cloudShare(policy, operators);
		}
	}

	private void stakeShare(Policy policy, List<Operator> operators) {
		BigDecimal max = DiacTopology.number(policy, "max_stake_share");
		BigDecimal total = BigDecimal.ZERO;
		for (Operator operator : operators) {
			if (operator.stake() == null) {
				return; // the total is only known at deployment
			}
			total = total.add(operator.stake());
		}
		if (max == null || total.signum() <= 0) {
			return;
		}
		for (Operator operator : operators) {
			BigDecimal share = operator.stake().divide(total, MathContext.DECIMAL64);
			if (share.compareTo(max) > 0) {
				errorAt(DIAC_STAKE_SHARE, "operator '" + operator.name() + "' holds " + plain(operator.stake()) + " of " + plain(total)
						+ " stake (" + percent(share) + "), above max_stake_share " + plain(max) + " of policy '" + policy.getName() + "'",
						operator.stakePlace());
			}
		}
	}

	private void continents(Policy policy, List<Operator> operators) {
		BigDecimal max = DiacTopology.number(policy, "max_per_continent");
		if (max == null) {
			return;
		}
		Map<String, List<String>> byContinent = new LinkedHashMap<>();
		for (Operator operator : operators) {
			if (operator.continent() != null) {
				byContinent.computeIfAbsent(operator.continent(), c -> new ArrayList<>()).add(operator.name());
			}
		}
		byContinent.forEach((continent, names) -> {
			if (BigDecimal.valueOf(names.size()).compareTo(max) > 0) {
				errorAt(DIAC_CONTINENT_LIMIT, names.size() + " operators are on continent '" + continent + "' (" + String.join(", ", names)
						+ "), more than max_per_continent " + plain(max) + " of policy '" + policy.getName() + "'",
						place(policy, "max_per_continent"));
			}
		});
	}

	private void cloudShare(Policy policy, List<Operator> operators) {
		BigDecimal max = DiacTopology.number(policy, "max_cloud_share");
		if (max == null) {
			return;
		}
		List<String> cloud = operators.stream().filter(Operator::cloud).map(Operator::name).toList();
		BigDecimal share = BigDecimal.valueOf(cloud.size()).divide(BigDecimal.valueOf(operators.size()), MathContext.DECIMAL64);
		if (share.compareTo(max) > 0) {
			errorAt(DIAC_CLOUD_SHARE, cloud.size() + " of " + operators.size() + " operators run in a cloud (" + String.join(", ", cloud)
					+ ", " + percent(share) + "), above max_cloud_share " + plain(max) + " of policy '" + policy.getName() + "'",
					place(policy, "max_cloud_share"));
		}
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}
}
