package org.diac.dsl.model;

import java.math.BigInteger;

import org.diac.dsl.diac.Value;
import org.diac.dsl.values.IntegerRange;

/** TOSCA 1.3 §3.6.1 occurrences {@code [min, max]}; max null means UNBOUNDED. */
public record Occurrences(BigInteger min, BigInteger max) {

	/** TOSCA's default for requirement definitions: exactly one. */
	public static final Occurrences DEFAULT = new Occurrences(BigInteger.ONE, BigInteger.ONE);

	/** The occurrences a value spells, or null when it is not a well-formed range. */
	public static Occurrences parse(Value value) {
		IntegerRange range = IntegerRange.parse(value);
		return range == null || range.lower().signum() < 0 ? null : new Occurrences(range.lower(), range.upper());
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
