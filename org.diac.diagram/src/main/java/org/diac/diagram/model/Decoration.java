package org.diac.diagram.model;

/** A diagnostic of the validation, shown on the element it is about (or on the document). */
public record Decoration(Severity severity, String code, String message, String file, int line, int column) {

	/** {@code file:line:column: severity CODE message}, as {@code diac validate} prints it. */
	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity.label() + " " + code + " " + message;
	}
}
