package org.diac.chain.ui.views;

import java.util.function.Function;

import org.diac.chain.ui.commands.Connections;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of one document on chain: a name field, Refresh, a table filled by a read job, and a status line that says
 * what was read or why not (a network that is down is a line here, not a dialog).
 */
public abstract class LedgerView extends ViewPart {

	private Text name;
	private Label status;
	private Control table;
	private volatile Job running;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Document on chain:");
		name = new Text(parent, SWT.BORDER | SWT.SINGLE);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setMessage("metadata.template_name, e.g. sharding-network");
		name.addListener(SWT.DefaultSelection, e -> refresh());
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText("Refresh");
		refresh.addListener(SWT.Selection, e -> refresh());
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		createTable(parent);
		table = parent.getChildren()[parent.getChildren().length - 1];
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		if (table instanceof org.eclipse.swt.widgets.Table t) {
			t.setHeaderVisible(true);
			t.setLinesVisible(true);
		}
	}

	protected abstract void createTable(Composite parent);

	/** The job that reads the document and fills the table (through {@link #show}). */
	protected abstract Job load(String name, ChainConnection connection);

	protected abstract Connections.Prompt prompt();

	/** Shows document {@code documentName}: reads it from the chain with the chosen network and identity. */
	public void show(String documentName) {
		name.setText(documentName);
		refresh();
	}

	public String documentName() {
		return name.getText().trim();
	}

	/** The status line: what was read, or why not. */
	public String status() {
		return status.getText();
	}

	/** The job reading the chain now or last; null before the first read. */
	public Job running() {
		return running;
	}

	public void refresh() {
		String documentName = documentName();
		if (documentName.isEmpty()) {
			status("Type the name of a document on chain and press Enter.");
			return;
		}
		ChainConnection connection = Connections.get(getSite().getShell(), prompt()).orElse(null);
		if (connection == null) {
			status("No network and identity chosen (DiaC > Choose Network and Identity).");
			return;
		}
		status("Reading " + documentName + " as " + connection.describe() + " ...");
		Job job = load(documentName, connection);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
					inUi(() -> status(result.getSeverity() == IStatus.CANCEL ? "Cancelled." : result.getMessage()));
				}
			}
		});
		running = job;
		job.schedule();
	}

	protected void status(String text) {
		status.setText(text);
		status.getParent().layout(true);
	}

	/** Runs {@code update} in the UI thread, unless the view was closed meanwhile. */
	protected void inUi(Runnable update) {
		if (status.isDisposed()) {
			return;
		}
		status.getDisplay().asyncExec(() -> {
			if (!status.isDisposed()) {
				update.run();
			}
		});
	}

	protected static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply(element);
				return s == null ? "" : s;
			}
		});
	}

	@Override
	public void setFocus() {
		name.setFocus();
	}
}
