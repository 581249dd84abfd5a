package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.DIAC_MULTISIG_THRESHOLD;

import java.math.BigDecimal;
import java.util.List;

import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.xtext.validation.Check;

/** The Governance policy (LANGUAGE.md §3, §6): a k-of-n multisig needs 1 ≤ k ≤ n signers. */
public class GovernanceValidator extends AbstractCheckGroup {

	@Check
	public void multisig(TopologyTemplate topology) {
		for (Policy policy : DiacTopology.of(topology).policies("diac.policies.Governance")) {
			BigDecimal threshold = DiacTopology.number(policy, "multisig_threshold");
			if (threshold == null) {
				continue;
			}
			PropertyAssignment signersProperty = EffectiveValues.property(policy.getProperties(), "signers");
			List<String> signers = signersProperty == null ? List.of() : EffectiveValues.names(signersProperty.getValue());
			if (signers == null) {
				continue; // only known at deployment
			}
			if (threshold.compareTo(BigDecimal.ONE) < 0) {
				errorAt(DIAC_MULTISIG_THRESHOLD, "multisig_threshold " + plain(threshold) + " of policy '" + policy.getName()
						+ "' must be at least 1", place(policy, "multisig_threshold"));
			} else if (threshold.compareTo(BigDecimal.valueOf(signers.size())) > 0) {
				errorAt(DIAC_MULTISIG_THRESHOLD, "multisig_threshold " + plain(threshold) + " of policy '" + policy.getName()
						+ "' exceeds its " + signers.size() + " signers" + (signers.isEmpty() ? "" : " (" + String.join(", ", signers) + ")")
						+ ": no change could ever be approved", place(policy, "multisig_threshold"));
			}
		}
	}
}
