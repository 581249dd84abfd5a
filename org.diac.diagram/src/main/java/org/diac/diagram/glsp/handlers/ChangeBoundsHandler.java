package org.diac.diagram.glsp.handlers;

import java.util.Map;
import java.util.Optional;

import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

/** A drag: the node's new top-left corner goes to the sidecar ({@code <document>.layout.json}), never into the text. */
public class ChangeBoundsHandler extends DocumentOperationHandler<ChangeBoundsOperation> {

	@Override
	public String getLabel() {
		return "Move";
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		Map<String, Point> positions = positions();
		boolean moved = false;
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			if (bounds.getNewPosition() != null && state.result().drawn() && state.result().diagram().node(bounds.getElementId()).isPresent()) {
				positions.put(bounds.getElementId(), stored(bounds.getNewPosition().getX(), bounds.getNewPosition().getY()));
				moved = true;
			}
		}
		return moved ? change(state.shownText(), positions) : doNothing();
	}
}
