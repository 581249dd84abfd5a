package org.diac.chain.ui.jobs;

import java.util.function.Consumer;
import java.util.function.Function;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.Submitted;
import org.diac.chain.ui.ChainUi;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One transaction (vote, approve, propose): cancel applies until it is sent; then it is whole (see {@link ChainJob}).
 * The result names what was done and the transaction id.
 */
public class SubmitJob<T> extends ChainJob {

	private final Function<DiacLedger, Submitted<T>> submit;
	private final Function<Submitted<T>, String> summary;
	private final Consumer<Submitted<T>> onDone;

	public SubmitJob(String command, String title, ChainConnection connection, Function<DiacLedger, Submitted<T>> submit,
			Function<Submitted<T>, String> summary, Consumer<Submitted<T>> onDone) {
		super(command, title, connection);
		this.submit = submit;
		this.summary = summary;
		this.onDone = onDone;
	}

	@Override
	protected IStatus call(DiacLedger ledger, IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Submitted<T> done = submit.apply(ledger);
		if (onDone != null) {
			onDone.accept(done);
		}
		return ChainUi.ok(summary.apply(done));
	}
}
