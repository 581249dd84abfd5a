package org.diac.chain.ui.commands;

import java.util.Optional;

import org.diac.chain.ui.jobs.PublishJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.diac.chain.ui.views.HistoryView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Publish to chain (DiaC menu, toolbar, editor context menu, Ctrl+Alt+P): the active editor's document, validated,
 * published with the chosen network and identity (asked for once); the History view then names the new version
 * and its transaction and lists the document's history.
 */
public class PublishHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<EditorDocument> document = EditorDocument.active(event);
		if (document.isEmpty()) {
			return null;
		}
		Optional<ChainConnection> connection = Connections.get(HandlerUtil.getActiveShell(event), Connections.Prompt.ASK);
		if (connection.isEmpty()) {
			return null;
		}
		PublishJob job = job(document.get(), connection.get());
		job.schedule();
		return job;
	}

	public static PublishJob job(EditorDocument document, ChainConnection connection) {
		return new PublishJob(document.file(), document.text(), connection,
				published -> Views.show(HistoryView.ID, HistoryView.class, view -> view.showPublished(published)));
	}
}
