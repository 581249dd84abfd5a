package org.diac.diagram.layout;

import java.util.Map;

/** Positions of a {@link org.diac.diagram.model.TopologyDiagram}'s nodes and edges; the drawing spans width × height. */
public record DiagramLayout(double width, double height, Map<String, NodeBox> nodes, Map<String, EdgeRoute> edges) {

	public DiagramLayout {
		nodes = Map.copyOf(nodes);
		edges = Map.copyOf(edges);
	}
}
