package org.diac.diagram.model;

import java.util.List;
import java.util.Optional;

/**
 * The diagram of one document: plain values, no EMF, so that a diagram server or an exporter can use it without the
 * language. {@code decorations} are the diagnostics that belong to no drawn element (the document, its inputs,
 * policies without targets, imported files).
 */
public record TopologyDiagram(String title, List<DiagramNode> nodes, List<DiagramEdge> edges, List<Decoration> decorations) {

	public TopologyDiagram {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		decorations = List.copyOf(decorations);
	}

	public Optional<DiagramNode> node(String id) {
		return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
	}
}
