package org.diac.chain.ui.jobs;

import java.util.function.Consumer;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.chain.ui.ChainUi;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Publish to chain: validates the editor's document (the same validation as the editor's markers), refuses on
 * errors, then publishes its text as the next version of its {@code metadata.template_name} (as {@code diac publish}).
 * Nothing is sent before validation passed and the user did not cancel; the one transaction is then whole.
 */
public class PublishJob extends DocumentSubmitJob<Submitted<VersionRecord>> {

	private volatile Submitted<VersionRecord> published;

	/** {@code onPublished} runs in the job's thread after the commit (the handler shows it in the History view). */
	public PublishJob(IFile file, String text, ChainConnection connection, Consumer<Submitted<VersionRecord>> onPublished) {
		super("publish", "Publish " + file.getName() + " to chain", file, text, connection, onPublished);
	}

	@Override
	protected IStatus call(DiacLedger ledger, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Publishing " + name + " as " + connection.describe(), 1);
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		// from here on the transaction is sent: cancel no longer applies (see ChainJob)
		Submitted<VersionRecord> v = ledger.publish(name, text);
		published = v;
		progress.worked(1);
		submitted(v);
		return ChainUi.ok(message(v));
	}

	public static String message(Submitted<VersionRecord> v) {
		return "Published " + v.value().name() + " version " + v.value().version() + " (tx " + v.txId() + ", block "
				+ v.block() + ")";
	}

	/** What was published, once the job ended well; null before or otherwise. */
	public Submitted<VersionRecord> published() {
		return published;
	}
}
