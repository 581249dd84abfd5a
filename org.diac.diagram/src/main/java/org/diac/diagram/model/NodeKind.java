package org.diac.diagram.model;

/** How a node template is drawn: the DiaC profile's node types (LANGUAGE.md §3), else a plain TOSCA node. */
public enum NodeKind {
	OPERATOR("operator", "diac.nodes.Operator"),
	WORKER("worker", "diac.nodes.Worker"),
	NODE_GROUP("group", "diac.nodes.NodeGroup"),
	VALIDATOR("validator", "diac.nodes.Validator"),
	PROXY("proxy", "diac.nodes.Proxy"),
	STORAGE("storage", "diac.nodes.Storage"),
	TOSCA("tosca", "tosca.nodes.Root");

	private final String label;
	private final String typeName;

	NodeKind(String label, String typeName) {
		this.label = label;
		this.typeName = typeName;
	}

	/** Stable lower-case name (CSS class, JSON, legend). */
	public String label() {
		return label;
	}

	/** The type a template's type must be, or derive from, to be of this kind. */
	public String typeName() {
		return typeName;
	}
}
