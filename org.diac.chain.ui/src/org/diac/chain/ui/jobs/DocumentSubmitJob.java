package org.diac.chain.ui.jobs;

import java.util.function.Consumer;

import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * A job that sends the editor's document text as one transaction ({@code publish}, {@code propose}): the
 * {@link DocumentGate} validates it first, so nothing is sent for a document with errors or without a
 * {@code metadata.template_name}; {@link #name} is that name once {@link #prepare} passed.
 */
abstract class DocumentSubmitJob<T> extends ChainJob {

	private final String command;
	protected final IFile file;
	protected final String text;
	protected final Consumer<T> onSubmitted;
	protected String name;

	/** {@code onSubmitted} runs in the job's thread after the commit. */
	protected DocumentSubmitJob(String command, String title, IFile file, String text, ChainConnection connection,
			Consumer<T> onSubmitted) {
		super(command, title, connection);
		this.command = command;
		this.file = file;
		this.text = text;
		this.onSubmitted = onSubmitted;
	}

	@Override
	protected final IStatus prepare(IProgressMonitor monitor) {
		DocumentGate gate = new DocumentGate();
		IStatus refused = gate.check(command, file, text, monitor);
		name = gate.name();
		return refused;
	}

	protected final void submitted(T result) {
		if (onSubmitted != null) {
			onSubmitted.accept(result);
		}
	}
}
