package org.diac.chain.ui.jobs;

import java.util.function.Consumer;
import java.util.function.Function;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.ui.ChainUi;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** A read of the ledger (history, proposals, export): nothing is sent, so cancel applies until the answer is in. */
public class ReadJob<T> extends ChainJob {

	private final Function<DiacLedger, T> read;
	private final Consumer<T> onRead;
	private final Function<T, String> summary;

	public ReadJob(String command, String title, ChainConnection connection, Function<DiacLedger, T> read,
			Function<T, String> summary, Consumer<T> onRead) {
		super(command, title, connection);
		this.read = read;
		this.summary = summary;
		this.onRead = onRead;
		setUser(false);
	}

	@Override
	protected IStatus call(DiacLedger ledger, IProgressMonitor monitor) {
		T value = read.apply(ledger);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		onRead.accept(value);
		return ChainUi.ok(summary.apply(value));
	}
}
