package org.diac.diagram.glsp;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;

import com.google.inject.Inject;

/**
 * The source model is the document the server was started for (the client's {@code sourceUri} cannot choose
 * another file). Saving does nothing: every edit was written when it was made.
 */
public class DiacSourceModelStorage implements SourceModelStorage {

	@Inject
	private DiagramState state;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		state.reload();
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		// nothing pending: edits are written at once
	}
}
