package org.diac.chain.ui.views;

import java.util.List;

import org.diac.chain.client.HistoryEntry;
import org.diac.chain.ui.commands.Connections;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.chain.ui.jobs.PublishJob;
import org.diac.chain.ui.jobs.ReadJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** History: every publish, proposal, vote, approval, adoption and rejection of one document, oldest first. */
public class HistoryView extends LedgerView {

	public static final String ID = "org.diac.chain.ui.history";

	private TableViewer viewer;
	private String note;

	@Override
	protected void createTable(Composite parent) {
		viewer = new TableViewer(parent, org.eclipse.swt.SWT.FULL_SELECTION | org.eclipse.swt.SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, "Version", 70, e -> Long.toString(((HistoryEntry) e).version()));
		column(viewer, "Kind", 80, e -> ((HistoryEntry) e).kind());
		column(viewer, "Submitter", 320, e -> ((HistoryEntry) e).submitter());
		column(viewer, "Time", 220, e -> ((HistoryEntry) e).timestamp());
		column(viewer, "Transaction", 480, e -> ((HistoryEntry) e).txId());
		column(viewer, "Detail", 200, e -> ((HistoryEntry) e).detail());
	}

	@Override
	protected Job load(String name, ChainConnection connection) {
		return new ReadJob<List<HistoryEntry>>("history", "DiaC history of " + name, connection, l -> l.history(name),
				h -> h.size() + " history entries of " + name, h -> inUi(() -> {
					viewer.setInput(h);
					String listed = h.size() + (h.size() == 1 ? " entry" : " entries") + " of " + name + " (" + connection.describe() + ")";
					status(note == null ? listed : note + ". " + listed);
					note = null;
				}));
	}

	@Override
	protected Connections.Prompt prompt() {
		return Connections.Prompt.ASK;
	}

	/** After Publish: says what was published (name, version, transaction) and lists the document's history. */
	public void showPublished(Submitted<VersionRecord> published) {
		note = PublishJob.message(published);
		show(published.value().name());
	}

	/** The rows shown (tests and the Publish result read them). */
	public Table table() {
		return viewer.getTable();
	}
}
