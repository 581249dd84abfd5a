package org.diac.chain.ui.commands;

import java.util.Optional;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.ui.jobs.DocumentFacts;
import org.diac.chain.ui.jobs.ReadJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Propose change (DiaC menu, editor context menu, Ctrl+Alt+R): reads the adopted version of the editor's document
 * from the chain and opens a compare editor, the editor's text against it; its toolbar's Submit Proposal sends the
 * proposal ({@link ProposeChangeInput}).
 */
public class ProposeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<EditorDocument> document = EditorDocument.active(event);
		if (document.isEmpty()) {
			return null;
		}
		String name = DocumentFacts.of(document.get().text()).templateName();
		if (name == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Propose change",
					document.get().file().getName() + " has no metadata.template_name, its name on chain.");
			return null;
		}
		Optional<ChainConnection> connection = Connections.get(HandlerUtil.getActiveShell(event), Connections.Prompt.ASK);
		if (connection.isEmpty()) {
			return null;
		}
		ReadJob<String> job = compare(document.get(), name, connection.get());
		job.schedule();
		return job;
	}

	/** Reads the adopted version, then opens the comparison in the UI thread. */
	public static ReadJob<String> compare(EditorDocument document, String name, ChainConnection connection) {
		return new ReadJob<>("propose", "Read the adopted version of " + name, connection,
				ledger -> ledger.export(name, 0, DiacLedger.Format.YAML, false), text -> "Read the adopted version of " + name,
				adopted -> Display.getDefault().asyncExec(
						() -> CompareUI.openCompareEditor(new ProposeChangeInput(document, name, adopted, connection))));
	}
}
