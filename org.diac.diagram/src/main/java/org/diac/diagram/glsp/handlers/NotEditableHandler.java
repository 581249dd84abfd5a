package org.diac.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

/**
 * Operations the type hints do not offer (re-connecting an edge's end, moving a node into another) but that a
 * client could still send: each is handled (an unknown kind closes the websocket) by saying
 * that the text is where to make that change, and changing nothing.
 */
public abstract class NotEditableHandler<O extends Operation> extends DocumentOperationHandler<O> {

	@Override
	public Optional<Command> createCommand(O operation) {
		return refuse(getLabel() + " is not offered in the diagram yet: edit the document's text");
	}

	public static class Reconnect extends NotEditableHandler<ReconnectEdgeOperation> {
		@Override
		public String getLabel() {
			return "Re-connecting a requirement";
		}
	}

	public static class ChangeContainer extends NotEditableHandler<ChangeContainerOperation> {
		@Override
		public String getLabel() {
			return "Moving a node into another";
		}
	}
}
