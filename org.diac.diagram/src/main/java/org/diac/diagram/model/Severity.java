package org.diac.diagram.model;

/** Severity of a decoration; the same three levels as the validation's diagnostics. */
public enum Severity {
	ERROR, WARNING, INFO;

	public String label() {
		return name().toLowerCase();
	}
}
