package org.diac.dsl.ui.commands;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.diac.dsl.ui.DiacUiPlugin;
import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Uris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Validate: the language server validates the files again (open ones from their editor's text) and the job waits for
 * each file's diagnostics, with progress and cancel. The markers are refreshed as always; the job's result says how
 * many errors and warnings the files have. Validation never opens a dialog: the result is an OK or INFO status.
 */
public class ValidateJob extends Job {

	private static final long TIMEOUT_MILLIS = 120_000;

	private final List<IFile> files;
	private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

	public ValidateJob(List<IFile> files) {
		super("Validate DiaC (" + files.size() + (files.size() == 1 ? " file)" : " files)"));
		this.files = List.copyOf(files);
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + files.size() + " DiaC/TOSCA files", files.size() * 2);
		Map<String, IFile> pending = new ConcurrentHashMap<>();
		files.forEach(file -> {
			String uri = Uris.of(file);
			if (uri != null) {
				pending.put(uri, file);
			}
		});
		Set<String> wanted = Set.copyOf(pending.keySet());
		BiConsumer<String, List<Diagnostic>> listener = (uri, diagnostics) -> {
			if (wanted.contains(uri)) {
				published.put(uri, diagnostics);
			}
		};
		LanguageSession.addDiagnosticsListener(listener);
		try {
			LanguageSession session = LanguageSession.get();
			for (Map.Entry<String, IFile> entry : pending.entrySet()) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				progress.subTask(entry.getValue().getFullPath().toString());
				session.revalidate(entry.getKey(), openText(entry.getValue()));
				progress.worked(1);
			}
			long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
			int done = 0;
			while (published.size() < wanted.size()) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				if (System.currentTimeMillis() > end) {
					return new Status(IStatus.WARNING, DiacUiPlugin.ID, "DiaC: the language server did not answer for "
							+ (wanted.size() - published.size()) + " of " + wanted.size() + " files in " + TIMEOUT_MILLIS / 1000 + " s");
				}
				progress.worked(published.size() - done);
				done = published.size();
				Thread.sleep(100);
			}
			return new Status(IStatus.OK, DiacUiPlugin.ID, summary());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			LanguageSession.removeDiagnosticsListener(listener);
			monitor.done();
		}
	}

	/** Validates within the caller's job (Publish and Propose validate before they send); returns what run returns. */
	public IStatus validate(IProgressMonitor monitor) {
		return run(monitor);
	}

	/** The errors found by the last run, each "file line N: message [code]". */
	public List<String> errors() {
		return published.entrySet().stream().flatMap(e -> e.getValue().stream()
				.filter(d -> d.getSeverity() == null || d.getSeverity() == DiagnosticSeverity.Error)
				.map(d -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1) + " line " + (d.getRange().getStart().getLine() + 1)
						+ ": " + d.getMessage() + (d.getCode() == null ? "" : " [" + d.getCode().get() + "]")))
				.toList();
	}

	/** "DiaC: 2 files validated: 1 error, 0 warnings". */
	String summary() {
		long errors = count(DiagnosticSeverity.Error);
		long warnings = count(DiagnosticSeverity.Warning);
		return "DiaC: " + published.size() + (published.size() == 1 ? " file" : " files") + " validated: " + errors
				+ (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
	}

	private long count(DiagnosticSeverity severity) {
		return published.values().stream().flatMap(List::stream)
				.filter(d -> (d.getSeverity() == null ? DiagnosticSeverity.Error : d.getSeverity()) == severity).count();
	}

	private static String openText(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument().get();
	}
}
