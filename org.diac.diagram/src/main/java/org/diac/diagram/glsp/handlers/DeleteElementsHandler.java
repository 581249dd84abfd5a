package org.diac.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diac.diagram.edit.DocumentEdits.RequirementRef;
import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.layout.Point;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.TopologyDiagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.DeleteOperation;

/**
 * Delete: a node removes its template, the requirements that point to it and its name in policy targets and group
 * members; an edge removes its requirement. Sidecar positions of deleted templates go too.
 */
public class DeleteElementsHandler extends DocumentOperationHandler<DeleteOperation> {

	@Override
	public String getLabel() {
		return "Delete";
	}

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		TopologyDiagram diagram = state.result().diagram();
		if (diagram == null || operation.getElementIds() == null) {
			return doNothing();
		}
		Set<String> nodes = new LinkedHashSet<>();
		List<RequirementRef> edges = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			if (diagram.node(id).isPresent()) {
				nodes.add(id);
			}
			for (DiagramEdge edge : diagram.edges()) {
				if (edge.id().equals(id)) {
					edges.add(new RequirementRef(edge.source(), edge.requirement(), edge.target()));
				}
			}
		}
		if (nodes.isEmpty() && edges.isEmpty()) {
			return doNothing();
		}
		String text;
		try {
			text = state.file().edits().delete(state.shownText(), state.file().uri(), nodes, edges);
		} catch (EditRefusedException e) {
			return refuse("cannot delete: " + e.getMessage());
		}
		Map<String, Point> positions = positions();
		positions.keySet().removeAll(nodes);
		return change(text, positions);
	}
}
