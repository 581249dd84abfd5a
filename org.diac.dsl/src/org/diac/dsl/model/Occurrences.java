package org.diac.dsl.model;

import java.math.BigInteger;
import java.util.List;

import org.diac.dsl.diac.Value;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.YamlScalarKind;

/** TOSCA 1.3 §3.6.1 occurrences {@code [min, max]}; max null means UNBOUNDED. */
public record Occurrences(BigInteger min, BigInteger max) {

	/** TOSCA's default for requirement definitions: exactly one. */
	public static final Occurrences DEFAULT = new Occurrences(BigInteger.ONE, BigInteger.ONE);

	/** The occurrences a value spells, or null when it is not a well-formed range. */
	public static Occurrences parse(Value value) {
		List<Value> items = EffectiveValues.items(value);
		if (items == null || items.size() != 2) {
			return null;
		}
		BigInteger min = YamlScalarKind.integer(EffectiveValues.text(items.get(0)));
		String maxText = EffectiveValues.text(items.get(1));
		BigInteger max = "UNBOUNDED".equals(maxText) ? null : YamlScalarKind.integer(maxText);
		if (min == null || min.signum() < 0 || max == null && !"UNBOUNDED".equals(maxText) || max != null && max.compareTo(min) < 0) {
			return null;
		}
		return new Occurrences(min, max);
	}

	public boolean allows(int count) {
		BigInteger n = BigInteger.valueOf(count);
		return n.compareTo(min) >= 0 && (max == null || n.compareTo(max) <= 0);
	}

	public boolean exceededBy(int count) {
		return max != null && BigInteger.valueOf(count).compareTo(max) > 0;
	}

	@Override
	public String toString() {
		return "[" + min + ", " + (max == null ? "UNBOUNDED" : max) + "]";
	}
}
