package org.diac.diagram.layout;

import java.util.Map;

/**
 * Positions of a {@link org.diac.diagram.model.TopologyDiagram}'s nodes and edges; the drawing spans width × height.
 * {@code shift} is how far everything was moved so that nothing lies left of or above the padding: a position shown
 * at p is stored in the sidecar as p − shift.
 */
public record DiagramLayout(double width, double height, Map<String, NodeBox> nodes, Map<String, EdgeRoute> edges, Point shift) {

	public DiagramLayout {
		nodes = Map.copyOf(nodes);
		edges = Map.copyOf(edges);
	}

	public DiagramLayout(double width, double height, Map<String, NodeBox> nodes, Map<String, EdgeRoute> edges) {
		this(width, height, nodes, edges, new Point(0, 0));
	}
}
