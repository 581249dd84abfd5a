package org.diac.diagram.model;

/**
 * A requirement of {@code source} fulfilled by {@code target}: {@code requirement} is its name in the document,
 * {@code kind} how it is drawn.
 */
public record DiagramEdge(String id, String source, String target, EdgeKind kind, String requirement) {

	/** The edge's label: its kind, and the requirement's name when that says something else. */
	public String label() {
		return requirement == null || requirement.equals(kind.label()) ? kind.label() : requirement + " (" + kind.label() + ")";
	}
}
