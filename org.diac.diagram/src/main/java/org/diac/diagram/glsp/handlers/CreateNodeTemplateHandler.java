package org.diac.diagram.glsp.handlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diac.diagram.edit.DocumentEdits;
import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.glsp.TopologyGModel;
import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

/**
 * Palette → a new node template of the entry's type, appended after the last template; it is placed where the user
 * clicked (a sidecar position).
 */
public class CreateNodeTemplateHandler extends DocumentOperationHandler<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(TopologyGModel.NEW_TEMPLATE);
	}

	@Override
	public String getLabel() {
		return "Create node template";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		String type = operation.getArgs() == null ? null : operation.getArgs().get(TopologyGModel.TYPE_ARG);
		DocumentEdits.Created created;
		try {
			created = state.file().edits().createNodeTemplate(state.shownText(), state.file().uri(), type);
		} catch (EditRefusedException e) {
			return refuse("cannot create a " + type + ": " + e.getMessage());
		}
		Map<String, Point> positions = positions();
		operation.getLocation().ifPresent(at -> positions.put(created.name(), stored(at.getX(), at.getY())));
		return change(created.text(), positions);
	}
}
