package org.diac.dsl.validation;

/** One finding about one document, as the command line and the tests report it (LANGUAGE.md §6). */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	/** {@code file:line:column: severity CODE message} */
	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity.label() + " " + code + " " + message;
	}
}
