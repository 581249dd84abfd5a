package org.diac.diagram.glsp.handlers;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;

/** Layout (the command palette): forget the positions the user set, so ELK places every node again; undoable. */
public class LayoutHandler extends DocumentOperationHandler<LayoutOperation> {

	@Override
	public String getLabel() {
		return "Layout";
	}

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		return state.file().positions().isEmpty() ? doNothing() : change(state.shownText(), Map.of());
	}
}
