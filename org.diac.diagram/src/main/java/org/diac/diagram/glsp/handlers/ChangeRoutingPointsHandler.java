package org.diac.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Sent together with every drag (a compound with the node's ChangeBounds). Routes are the layout's: the edges of a
 * moved node are re-routed on the server, so the client's points are not kept. Without this handler the
 * compound's deserialization fails and the websocket closes (GLSP-DIAGRAMS.md, error 8).
 */
public class ChangeRoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		return doNothing();
	}
}
