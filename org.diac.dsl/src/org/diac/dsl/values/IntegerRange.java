package org.diac.dsl.values;

import java.math.BigInteger;
import java.util.List;

import org.diac.dsl.diac.Value;

/**
 * TOSCA 1.3 §3.3.4 range {@code [lower, upper]}: two integers, the upper one may be {@code UNBOUNDED} (null
 * here), lower ≤ upper. Occurrences (§3.6.1) are ranges too.
 */
public record IntegerRange(BigInteger lower, BigInteger upper) {

	/** The range the effective value spells, or null when it is not a well-formed range. */
	public static IntegerRange parse(Value value) {
		List<Value> items = EffectiveValues.items(value);
		if (items == null || items.size() != 2) {
			return null;
		}
		BigInteger lower = YamlScalarKind.integer(EffectiveValues.text(items.get(0)));
		String upperText = EffectiveValues.text(items.get(1));
		if (lower == null || upperText == null) {
			return null;
		}
		if ("UNBOUNDED".equals(upperText)) {
			return new IntegerRange(lower, null);
		}
		BigInteger upper = YamlScalarKind.integer(upperText);
		return upper != null && lower.compareTo(upper) <= 0 ? new IntegerRange(lower, upper) : null;
	}
}
