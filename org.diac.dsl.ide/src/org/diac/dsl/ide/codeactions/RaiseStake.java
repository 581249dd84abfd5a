package org.diac.dsl.ide.codeactions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.YamlScalarKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Raises an operator's stake to the highest {@code stake_threshold} of the topology's Staking policies
 * (LANGUAGE.md §3, §6). Only a stake written as a number in the template is changed: a stake that comes from an
 * input or a module reference is decided elsewhere.
 */
class RaiseStake implements Repair {

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		NodeTemplate operator = EcoreUtil2.getContainerOfType(site.element(), NodeTemplate.class);
		if (operator == null || !(operator.eContainer() instanceof TopologyTemplate topology)) {
			return;
		}
		PropertyAssignment stake = EffectiveValues.property(operator.getProperties(), "stake");
		if (stake == null || !(stake.getValue() instanceof ScalarValue written) || YamlScalarKind.number(written.getValue()) == null) {
			return;
		}
		BigDecimal threshold = null;
		for (Policy staking : DiacTopology.of(topology).policies("diac.policies.Staking")) {
			BigDecimal value = DiacTopology.number(staking, "stake_threshold");
			if (value != null && (threshold == null || value.compareTo(threshold) > 0)) {
				threshold = value;
			}
		}
		if (threshold == null || YamlScalarKind.number(written.getValue()).compareTo(threshold) >= 0) {
			return;
		}
		// stake is an integer (LANGUAGE.md §3): a fractional threshold is met by the next integer
		String raised = threshold.setScale(0, RoundingMode.CEILING).toPlainString();
		fixes.add("Raise the stake of '" + operator.getName() + "' to the threshold " + raised,
				List.of(site.replace(NodeModelUtils.getNode(written), raised)));
	}
}
