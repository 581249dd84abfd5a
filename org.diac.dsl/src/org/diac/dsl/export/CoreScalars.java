package org.diac.dsl.export;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** The value of a plain scalar under the YAML 1.2.2 core schema (§10.3.2): null, boolean, integer, float or string. */
public final class CoreScalars {

	private static final Pattern NULL = Pattern.compile("null|Null|NULL|~");
	private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
	private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
	private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
	private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-fA-F]+");
	private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
	private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
	private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.(nan|NaN|NAN)");

	private CoreScalars() {
	}

	/** Integers that do not fit a {@code long} stay exact as {@link BigInteger}. */
	public static Object resolve(String plain) {
		if (plain == null || plain.isEmpty() || NULL.matcher(plain).matches()) {
			return null;
		}
		if (BOOLEAN.matcher(plain).matches()) {
			return Boolean.valueOf(plain.equalsIgnoreCase("true"));
		}
		if (DECIMAL.matcher(plain).matches()) {
			return integer(plain.startsWith("+") ? plain.substring(1) : plain, 10);
		}
		if (OCTAL.matcher(plain).matches()) {
			return integer(plain.substring(2), 8);
		}
		if (HEXADECIMAL.matcher(plain).matches()) {
			return integer(plain.substring(2), 16);
		}
		if (FLOAT.matcher(plain).matches()) {
			return Double.valueOf(plain);
		}
		if (INFINITY.matcher(plain).matches()) {
			return plain.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		if (NOT_A_NUMBER.matcher(plain).matches()) {
			return Double.NaN;
		}
		return plain;
	}

	private static Object integer(String digits, int radix) {
		BigInteger value = new BigInteger(digits, radix);
		return value.bitLength() < 64 ? (Object) value.longValue() : value;
	}
}
