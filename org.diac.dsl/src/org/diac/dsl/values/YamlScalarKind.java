package org.diac.dsl.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plain YAML scalar means under the YAML 1.2 core schema (§10.3.2): null, boolean, integer, float or
 * string. Booleans also accept YAML 1.1's yes/no/on/off, because OpenStack tosca-parser (PyYAML) reads them so
 * and documents written for it use them.
 */
public final class YamlScalarKind {

	public enum Kind { NULL, BOOLEAN, INTEGER, FLOAT, STRING }

	// null, booleans and decimal integers are read on every property value: plain lookups, no regular expressions
	private static final Set<String> NULL = Set.of("null", "Null", "NULL", "~");
	private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");
	private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF");
	private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
	private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
	private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
	private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
	private static final Set<String> CORE_BOOLEAN = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

	private YamlScalarKind() {
	}

	/** {@code [-+]?[0-9]+} */
	private static boolean isDecimal(String text) {
		int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
		if (start == text.length()) {
			return false;
		}
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isOctal(String text) {
		return text.startsWith("0o") && OCTAL.matcher(text).matches();
	}

	private static boolean isHex(String text) {
		return text.startsWith("0x") && HEX.matcher(text).matches();
	}

	public static Kind of(String plain) {
		if (plain == null || plain.isEmpty() || NULL.contains(plain)) {
			return Kind.NULL;
		}
		if (TRUE.contains(plain) || FALSE.contains(plain)) {
			return Kind.BOOLEAN;
		}
		if (isDecimal(plain) || isOctal(plain) || isHex(plain)) {
			return Kind.INTEGER;
		}
		if (FLOAT.matcher(plain).matches() || SPECIAL_FLOAT.matcher(plain).matches()) {
			return Kind.FLOAT;
		}
		return Kind.STRING;
	}

	/** The number {@code text} spells as a YAML integer or finite float, or null. */
	public static BigDecimal number(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		try {
			if (isDecimal(t)) {
				return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
			}
			if (isOctal(t)) {
				return new BigDecimal(new BigInteger(t.substring(2), 8));
			}
			if (isHex(t)) {
				return new BigDecimal(new BigInteger(t.substring(2), 16));
			}
			if (FLOAT.matcher(t).matches()) {
				return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
			}
		} catch (NumberFormatException e) {
			return null;
		}
		return null;
	}

	/** The integer {@code text} spells, or null (a float such as 1.5 is not one). */
	public static BigInteger integer(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (!(isDecimal(t) || isOctal(t) || isHex(t))) {
			return null;
		}
		BigDecimal number = number(t);
		return number == null ? null : number.toBigIntegerExact();
	}

	/**
	 * The Java value of a plain scalar under the YAML 1.2 core schema only (booleans are true/false, never yes/no):
	 * null, Boolean, Long (BigInteger beyond long), Double, or the text itself. Export writes these.
	 */
	public static Object coreValue(String plain) {
		if (plain == null || plain.isEmpty() || NULL.contains(plain)) {
			return null;
		}
		if (CORE_BOOLEAN.contains(plain)) {
			return Boolean.valueOf(plain.equalsIgnoreCase("true"));
		}
		BigInteger integer = integer(plain);
		if (integer != null) {
			return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
		}
		if (FLOAT.matcher(plain).matches()) {
			return Double.valueOf(plain);
		}
		if (SPECIAL_FLOAT.matcher(plain).matches()) {
			return plain.contains("nan") || plain.contains("NaN") || plain.contains("NAN") ? Double.NaN
					: plain.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		return plain;
	}

	public static Boolean bool(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (TRUE.contains(t)) {
			return Boolean.TRUE;
		}
		return FALSE.contains(t) ? Boolean.FALSE : null;
	}
}
