package org.diac.diagram.glsp.actions;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server-internal: the document file may have changed (the watcher saw it, or an edit found it stale); the session
 * reloads it if it no longer shows its text. Dispatched on the session's own action thread, never sent by clients.
 */
public class ReloadDocumentAction extends Action {

	public static final String KIND = "diacReloadDocument";

	public ReloadDocumentAction() {
		super(KIND);
	}
}
