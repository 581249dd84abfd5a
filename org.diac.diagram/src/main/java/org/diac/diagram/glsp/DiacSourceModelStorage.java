package org.diac.diagram.glsp;

import org.diac.diagram.glsp.actions.ReloadDocumentAction;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.inject.Inject;

/**
 * The source model is the document the server was started for (the client's {@code sourceUri} cannot choose
 * another file). Saving does nothing: every edit was written when it was made. Once loaded, the session follows the
 * file: each change the {@link DocumentWatcher} sees becomes a {@link ReloadDocumentAction} on this session's own
 * dispatcher thread (so it never runs inside an edit), until the session ends.
 */
public class DiacSourceModelStorage implements SourceModelStorage, ClientSessionListener {

	@Inject
	private DiagramState state;

	@Inject
	private ActionDispatcher actions;

	@Inject
	private ClientSessionManager sessions;

	@Inject
	@ClientId
	private String clientId;

	private AutoCloseable following;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		state.reload();
		synchronized (this) {
			if (following == null) {
				following = state.file().onChange(() -> actions.dispatch(new ReloadDocumentAction()));
				sessions.addListener(this, clientId);
			}
		}
	}

	@Override
	public synchronized void sessionDisposed(ClientSession session) {
		if (following != null) {
			try {
				following.close();
			} catch (Exception e) {
				// a listener list removal does not fail
			}
			following = null;
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		// nothing pending: edits are written at once
	}
}
