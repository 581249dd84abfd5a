package org.diac.diagram.glsp;

import org.diac.diagram.edit.EditRefusedException;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;

import com.google.inject.Inject;

/**
 * Answers the client's requirement tool while the user draws (the edge type hint is dynamic): a source must have
 * requirements to connect, a target must fulfil one of them ({@code CompatibleRequirements}, read from the text the
 * diagram shows). The client draws a refused target as not allowed and never sends the edge.
 */
public class DiacEdgeCreationChecker implements EdgeCreationChecker {

	@Inject
	private DiagramState state;

	@Override
	public boolean isValidSource(String edgeType, GModelElement source) {
		if (!TopologyGModel.NEW_REQUIREMENT.equals(edgeType) || !(source instanceof GNode) || state.shownText() == null) {
			return false;
		}
		try {
			return state.file().edits().mayConnectFrom(state.shownText(), state.file().uri(), source.getId());
		} catch (EditRefusedException e) {
			return false;
		}
	}

	@Override
	public boolean isValidTarget(String edgeType, GModelElement source, GModelElement target) {
		if (!TopologyGModel.NEW_REQUIREMENT.equals(edgeType) || !(source instanceof GNode) || !(target instanceof GNode) || state.shownText() == null) {
			return false;
		}
		try {
			return !state.file().edits().compatibleRequirements(state.shownText(), state.file().uri(), source.getId(), target.getId()).isEmpty();
		} catch (EditRefusedException e) {
			return false;
		}
	}
}
