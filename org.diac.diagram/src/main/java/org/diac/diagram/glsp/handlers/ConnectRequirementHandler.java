package org.diac.diagram.glsp.handlers;

import java.util.List;
import java.util.Optional;

import org.diac.diagram.edit.DocumentEdits;
import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.glsp.TopologyGModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

/**
 * An edge drawn with the palette's requirement tool: the source template gets the best requirement the target
 * fulfils ({@code - validates: worker}), written under its other requirements; a target that fulfils none is
 * refused with the reason (the client already showed it as not allowed, {@code DiacEdgeCreationChecker}).
 */
public class ConnectRequirementHandler extends DocumentOperationHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(TopologyGModel.NEW_REQUIREMENT);
	}

	@Override
	public String getLabel() {
		return "Connect requirement";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		String source = operation.getSourceElementId();
		String target = operation.getTargetElementId();
		DocumentEdits.Connected connected;
		try {
			connected = state.file().edits().connect(state.shownText(), state.file().uri(), source, target);
		} catch (EditRefusedException e) {
			return refuse("cannot connect " + source + " to " + target + ": " + e.getMessage());
		}
		return change(connected.text(), positions());
	}
}
