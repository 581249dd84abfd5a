package org.diac.dsl.values;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOSCA 1.3 §3.3.6 scalar-unit values, {@code <number> <unit>}, normalised to the base unit so that
 * constraints such as {@code greater_or_equal: 1 GB} compare {@code 512 MiB} correctly. Units match
 * case-insensitively, as in OpenStack tosca-parser.
 */
public final class ScalarUnits {

	private static final Pattern SCALAR_UNIT = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Z]+)\\s*");

	private static final Map<String, Map<String, BigDecimal>> UNITS = new LinkedHashMap<>();

	static {
		UNITS.put("scalar-unit.size", units("B", "1", "kB", "1000", "KiB", "1024", "MB", "1000000", "MiB", "1048576", "GB", "1000000000",
				"GiB", "1073741824", "TB", "1000000000000", "TiB", "1099511627776"));
		UNITS.put("scalar-unit.time", units("d", "86400", "h", "3600", "m", "60", "s", "1", "ms", "0.001", "us", "0.000001", "ns",
				"0.000000001"));
		UNITS.put("scalar-unit.frequency", units("Hz", "1", "kHz", "1000", "MHz", "1000000", "GHz", "1000000000"));
		UNITS.put("scalar-unit.bitrate", units("bps", "1", "Kbps", "1000", "Kibps", "1024", "Mbps", "1000000", "Mibps", "1048576",
				"Gbps", "1000000000", "Gibps", "1073741824", "Tbps", "1000000000000", "Tibps", "1099511627776", "Bps", "8", "KBps",
				"8000", "KiBps", "8192", "MBps", "8000000", "MiBps", "8388608", "GBps", "8000000000", "GiBps", "8589934592", "TBps",
				"8000000000000", "TiBps", "8796093022208"));
	}

	private ScalarUnits() {
	}

	public static boolean isScalarUnitType(String primitive) {
		return UNITS.containsKey(primitive);
	}

	/** The units a scalar-unit type accepts, for messages. */
	public static String unitsOf(String primitive) {
		return String.join(", ", UNITS.get(primitive).keySet());
	}

	/** {@code text} in the base unit of {@code primitive} (bytes, seconds, hertz, bits per second), or null. */
	public static BigDecimal normalise(String primitive, String text) {
		Map<String, BigDecimal> units = UNITS.get(primitive);
		if (units == null || text == null) {
			return null;
		}
		Matcher matcher = SCALAR_UNIT.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		BigDecimal factor = factor(units, matcher.group(2));
		return factor == null ? null : new BigDecimal(matcher.group(1)).multiply(factor);
	}

	private static BigDecimal factor(Map<String, BigDecimal> units, String unit) {
		BigDecimal exact = units.get(unit);
		if (exact != null) {
			return exact;
		}
		// bitrate units differ only in case between bits and bytes (Mbps vs MBps): only there does case matter
		BigDecimal found = null;
		for (Map.Entry<String, BigDecimal> candidate : units.entrySet()) {
			if (candidate.getKey().toLowerCase(Locale.ROOT).equals(unit.toLowerCase(Locale.ROOT))) {
				if (found != null && found.compareTo(candidate.getValue()) != 0) {
					return null;
				}
				found = candidate.getValue();
			}
		}
		return found;
	}

	private static Map<String, BigDecimal> units(String... pairs) {
		Map<String, BigDecimal> units = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			units.put(pairs[i], new BigDecimal(pairs[i + 1]));
		}
		return units;
	}
}
