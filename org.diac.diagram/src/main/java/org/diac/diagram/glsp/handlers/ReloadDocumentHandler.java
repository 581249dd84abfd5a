package org.diac.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.List;

import org.diac.diagram.glsp.DiagramState;
import org.diac.diagram.glsp.actions.ReloadDocumentAction;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/**
 * The file may have changed: when it no longer holds the text this session shows (an outside edit, or an edit from
 * another browser tab), the session reads it again, drops its undo history (it describes texts that are gone) and
 * sends the new diagram. The session's own edits have already reloaded, so they cost a comparison only.
 */
public class ReloadDocumentHandler extends AbstractActionHandler<ReloadDocumentAction> {

	@Inject
	private DiagramState state;

	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(ReloadDocumentAction action) {
		if (state.shownText() == null || state.isCurrent()) {
			return List.of();
		}
		state.reload();
		state.forgetHistory();
		return new ArrayList<>(submission.submitModel());
	}
}
