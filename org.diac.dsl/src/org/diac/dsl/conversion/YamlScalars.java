package org.diac.dsl.conversion;

/**
 * The value of a YAML scalar from its source text (YAML 1.2.2 §7.3, §8.1): quotes and escapes, block scalar
 * indentation, folding and chomping, multi-line plain scalar folding.
 */
public final class YamlScalars {

	private YamlScalars() {
	}

	public static String value(String source) {
		if (source == null || source.isEmpty()) {
			return source;
		}
		char first = source.charAt(0);
		if (first == '"') {
			return doubleQuoted(source);
		}
		if (first == '\'') {
			return fold(source.substring(1, Math.max(1, source.length() - 1)).replace("''", "'"));
		}
		if (first == '|' || first == '>') {
			return blockScalar(source);
		}
		return source.indexOf('\n') < 0 ? source : fold(source);
	}

	/** Line folding of flow scalars: a single break becomes a space, n+1 breaks become n newlines (§6.5). */
	private static String fold(String text) {
		if (text.indexOf('\n') < 0) {
			return text;
		}
		String[] lines = text.split("\r?\n", -1);
		StringBuilder out = new StringBuilder();
		int emptyRun = 0;
		for (int i = 0; i < lines.length; i++) {
			String lineText = i == 0 ? stripTrailing(lines[i]) : lines[i].strip();
			if (i > 0 && lineText.isEmpty() && i < lines.length - 1) {
				emptyRun++;
				continue;
			}
			if (i > 0) {
				out.append(emptyRun > 0 ? "\n".repeat(emptyRun) : " ");
			}
			emptyRun = 0;
			out.append(lineText);
		}
		return out.toString();
	}

	private static String stripTrailing(String s) {
		return s.stripTrailing();
	}

	private static String doubleQuoted(String source) {
		// fold the source lines first: escaped breaks (\n) must survive folding
		String body = fold(source.substring(1, Math.max(1, source.length() - 1)));
		StringBuilder out = new StringBuilder(body.length());
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c != '\\' || i + 1 >= body.length()) {
				out.append(c);
				continue;
			}
			char e = body.charAt(++i);
			switch (e) {
				case 'n' -> out.append('\n');
				case 't', '\t' -> out.append('\t');
				case 'r' -> out.append('\r');
				case '0' -> out.append('\0');
				case 'a' -> out.append('\u0007');
				case 'b' -> out.append('\b');
				case 'e' -> out.append('\u001b');
				case 'f' -> out.append('\f');
				case 'v' -> out.append('\u000b');
				case ' ' -> out.append(' ');
				case '/' -> out.append('/');
				case 'N' -> out.append('\u0085');
				case '_' -> out.append('\u00a0');
				case 'x' -> i = unicode(body, i, 2, out);
				case 'u' -> i = unicode(body, i, 4, out);
				case 'U' -> i = unicode(body, i, 8, out);
				case '\n' -> {
					// escaped line break: join without a space
					while (i + 1 < body.length() && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
						i++;
					}
				}
				default -> out.append(e);
			}
		}
		return out.toString();
	}

	private static int unicode(String body, int at, int digits, StringBuilder out) {
		if (at + digits >= body.length()) {
			out.append(body, at, body.length());
			return body.length();
		}
		try {
			int code = Integer.parseInt(body.substring(at + 1, at + 1 + digits), 16);
			out.appendCodePoint(code);
			return at + digits;
		} catch (RuntimeException e) {
			out.append(body.charAt(at));
			return at;
		}
	}

	/** Literal {@code |} keeps line breaks, folded {@code >} joins lines; chomping {@code -}/{@code +} (§8.1.1.2). */
	private static String blockScalar(String source) {
		String[] lines = source.split("\r?\n", -1);
		String header = lines[0];
		int hash = header.indexOf(" #");
		if (hash >= 0) {
			header = header.substring(0, hash);
		}
		header = header.strip();
		boolean literal = header.charAt(0) == '|';
		char chomp = header.contains("-") ? '-' : header.contains("+") ? '+' : ' ';
		int indent = -1;
		for (char c : header.toCharArray()) {
			if (Character.isDigit(c)) {
				indent = c - '0';
			}
		}
		if (indent < 0) {
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					indent = lines[i].length() - lines[i].stripLeading().length();
					break;
				}
			}
		}
		StringBuilder out = new StringBuilder();
		boolean previousMoreIndented = false;
		for (int i = 1; i < lines.length; i++) {
			String lineText = lines[i].length() >= Math.max(indent, 0) ? lines[i].substring(Math.max(indent, 0)) : "";
			if (literal) {
				out.append(lineText).append('\n');
				continue;
			}
			boolean moreIndented = lineText.startsWith(" ") || lineText.startsWith("\t");
			if (out.length() == 0 || lineText.isEmpty()) {
				out.append(lineText.isEmpty() ? "\n" : lineText);
			} else if (out.charAt(out.length() - 1) == '\n' || moreIndented || previousMoreIndented) {
				if (out.charAt(out.length() - 1) != '\n') {
					out.append('\n');
				}
				out.append(lineText);
			} else {
				out.append(' ').append(lineText);
			}
			previousMoreIndented = moreIndented;
		}
		String body = out.toString();
		if (!literal && !body.isEmpty() && body.charAt(body.length() - 1) != '\n') {
			body = body + "\n";
		}
		String trimmed = body.replaceAll("\n+$", "");
		return switch (chomp) {
			case '-' -> trimmed;
			case '+' -> body;
			default -> trimmed.isEmpty() ? "" : trimmed + "\n";
		};
	}
}
