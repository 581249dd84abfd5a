package org.diac.dsl.conversion;

import java.util.regex.Pattern;

/** Writes a string as a YAML scalar that reads back as the same string: plain when safe, else double-quoted. */
public final class YamlScalarWriter {

	private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z0-9_./$~+()=<^%;@\\\\-][A-Za-z0-9_./$~+()=<^%;@\\\\:\\- ]*");
	private static final Pattern LOOKS_TYPED = Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*|\\.inf|\\.nan");

	private YamlScalarWriter() {
	}

	public static String write(String value) {
		if (value == null) {
			return "null";
		}
		if (!value.isEmpty() && SAFE_PLAIN.matcher(value).matches() && !value.endsWith(" ") && !value.contains(": ")
				&& !value.endsWith(":") && !value.contains(" #") && !LOOKS_TYPED.matcher(value).matches()
				&& !(value.startsWith("-") && (value.length() == 1 || value.charAt(1) == ' '))) {
			return value;
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\x%02x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
