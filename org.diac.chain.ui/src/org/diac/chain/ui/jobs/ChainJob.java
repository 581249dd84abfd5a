package org.diac.chain.ui.jobs;

import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.ui.ChainUi;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A chain command as a user job: connects with the chosen network and identity, runs, closes. Cancel is honoured
 * until a transaction is sent; a sent transaction is whole (Fabric commits all of it or nothing), so the job then
 * waits for its commit rather than leave the user guessing. Failures end as one clear status ({@link ChainFailures}).
 */
public abstract class ChainJob extends Job {

	protected final ChainConnection connection;
	private final String command;

	protected ChainJob(String command, String title, ChainConnection connection) {
		super(title);
		this.command = command;
		this.connection = connection;
		setUser(true);
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			IStatus before = prepare(progress.split(40));
			if (before != null) {
				return before;
			}
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask("Connecting as " + connection.describe());
			try (DiacLedger ledger = connection.connect()) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				return call(ledger, progress.split(60));
			}
		} catch (ChainException e) {
			return ChainFailures.status(command, connection.describe(), e);
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			// not a ledger failure: a defect of ours; the Error Log keeps the trace, the user gets the message
			org.eclipse.core.runtime.ILog.of(getClass()).error("DiaC " + command + " failed", e);
			return ChainUi.error("DiaC " + command + ": " + e + " (details in the Error Log)");
		} finally {
			monitor.done();
		}
	}

	/** Work before connecting (validation, reading files); a status stops the job there, null goes on. */
	protected IStatus prepare(IProgressMonitor monitor) {
		return null;
	}

	/** The ledger calls; a ChainException becomes the job's error status. */
	protected abstract IStatus call(DiacLedger ledger, IProgressMonitor monitor);
}
