package org.diac.diagram.model;

import java.util.List;

/**
 * A node template. {@code type} is the type as written (also when it does not resolve); {@code detail} is what the
 * kind adds, e.g. a worker's instance count or a node group's size, or null; {@code instances} is a worker's
 * Scalable default_instances (null when unknown before deployment or not a worker).
 */
public record DiagramNode(String id, NodeKind kind, String type, String detail, Integer instances, List<Badge> badges,
		List<Decoration> decorations) {

	public DiagramNode {
		badges = List.copyOf(badges);
		decorations = List.copyOf(decorations);
	}

	/** The template's name; ids are template names, unique within a topology. */
	public String name() {
		return id;
	}

	/**
	 * The worst severity of the node's own decorations, or null. A policy's diagnostics mark its badge on each
	 * target, not the targets themselves.
	 */
	public Severity worst() {
		Severity worst = null;
		for (Decoration d : decorations) {
			worst = worse(worst, d.severity());
		}
		return worst;
	}

	static Severity worse(Severity a, Severity b) {
		return a == null || b.ordinal() < a.ordinal() ? b : a;
	}
}
