package org.diac.diagram.model;

/** How a requirement is drawn: by its relationship (LANGUAGE.md §3), {@code validates} by its name. */
public enum EdgeKind {
	OPERATED_BY("operated_by"),
	COMPOSED_OF("composed_of"),
	VALIDATES("validates"),
	CONNECTS_TO("connects_to"),
	HOST("host"),
	DEPENDENCY("dependency");

	private final String label;

	EdgeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
