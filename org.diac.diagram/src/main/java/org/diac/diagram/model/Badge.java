package org.diac.diagram.model;

import java.util.List;

/**
 * A policy that targets a node, or a TOSCA group the node is a member of, drawn as a small label on the node.
 * {@code decorations} are the diagnostics inside that policy or group.
 */
public record Badge(Kind kind, String name, String type, List<Decoration> decorations) {

	public enum Kind {
		POLICY, GROUP;

		public String label() {
			return name().toLowerCase();
		}
	}

	public Badge {
		decorations = List.copyOf(decorations);
	}
}
