package org.diac.dsl.values;

import java.util.regex.Pattern;

/** Syntax of the TOSCA 1.3 §3.3 primitive types that YAML itself does not know: timestamp and version. */
public final class PrimitiveSyntax {

	/** YAML 1.1 timestamp (TOSCA 1.3 §3.3.1 refers to it): date, or date and time with optional zone. */
	private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
			+ "(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");

	/** TOSCA 1.3 §3.3.2: major.minor[.fix[.qualifier[-build]]]; minor is optional as in tosca-parser. */
	private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)?(\\.[0-9]+)?(\\.[0-9A-Za-z_]+)?(-[0-9]+)?");

	private PrimitiveSyntax() {
	}

	public static boolean isTimestamp(String text) {
		return text != null && TIMESTAMP.matcher(text.strip()).matches() && validDate(text.strip());
	}

	public static boolean isVersion(String text) {
		return text != null && VERSION.matcher(text.strip()).matches();
	}

	private static boolean validDate(String text) {
		String[] parts = text.split("[-Tt \\t]", 4);
		try {
			int month = Integer.parseInt(parts[1]);
			int day = Integer.parseInt(parts[2]);
			return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(Integer.parseInt(parts[0]), month).lengthOfMonth();
		} catch (RuntimeException e) {
			return false;
		}
	}
}
