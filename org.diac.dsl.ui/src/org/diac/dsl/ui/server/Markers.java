package org.diac.dsl.ui.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.ui.DiacUiPlugin;
import org.diac.dsl.ui.preferences.Severities;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Diagnostics as {@code org.diac.dsl.ui.problem} markers (severities as preferred per code: {@link Severities}), one job draining the latest diagnostics per file, so markers
 * are never written from the server's threads and an older answer never overwrites a newer one.
 */
public final class Markers {

	public static final String TYPE = "org.diac.dsl.ui.problem";
	/** The diagnostic code ({@code TOSCA-UNKNOWN-TYPE}, ...). */
	public static final String CODE = "code";
	/** The diagnostic's LSP range, {@code line:character:line:character}, for quick fixes. */
	public static final String RANGE = "lspRange";

	private final Map<String, List<Diagnostic>> pending = new LinkedHashMap<>();
	/** The last diagnostics of each file, to redo its markers when the preferred severities change. */
	private final Map<String, List<Diagnostic>> latest = new java.util.concurrent.ConcurrentHashMap<>();
	private final Job job = Job.create("DiaC problem markers", this::drain);

	Markers() {
		job.setSystem(true);
		Severities.preferences().addPreferenceChangeListener(event -> latest.forEach(this::update));
	}

	void update(String uri, List<Diagnostic> diagnostics) {
		latest.put(uri, diagnostics);
		synchronized (pending) {
			pending.put(uri, diagnostics);
		}
		job.schedule(50);
	}

	private IStatus drain(IProgressMonitor monitor) {
		Map<String, List<Diagnostic>> batch;
		synchronized (pending) {
			batch = new LinkedHashMap<>(pending);
			pending.clear();
		}
		batch.forEach((uri, diagnostics) -> {
			IFile file = Uris.file(uri);
			if (file != null && file.exists()) {
				try {
					replace(file, diagnostics);
				} catch (CoreException | IOException | RuntimeException e) {
					DiacUiPlugin.log("markers of " + uri, e);
				}
			}
		});
		return Status.OK_STATUS;
	}

	private static void replace(IFile file, List<Diagnostic> diagnostics) throws CoreException, IOException {
		IDocument document = document(file);
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic diagnostic : diagnostics) {
				Map<String, Object> attributes = attributes(document, diagnostic);
				if (attributes != null) {
					file.createMarker(TYPE, attributes);
				}
			}
		}, null, 0, null);
	}

	static Map<String, Object> attributes(IDocument document, Diagnostic diagnostic) {
		String code = diagnostic.getCode() != null && diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
		String preferred = Severities.of(code);
		if (Severities.IGNORE.equals(preferred)) {
			return null;
		}
		int[] offsets = Positions.offsets(document, diagnostic.getRange());
		Map<String, Object> attributes = new HashMap<>();
		String message = message(diagnostic);
		attributes.put(IMarker.MESSAGE, code == null ? message : code + " " + message);
		attributes.put(IMarker.SEVERITY, switch (preferred) {
		case Severities.ERROR -> IMarker.SEVERITY_ERROR;
		case Severities.WARNING -> IMarker.SEVERITY_WARNING;
		case Severities.INFO -> IMarker.SEVERITY_INFO;
		default -> severity(diagnostic.getSeverity());
		});
		attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
		attributes.put(IMarker.CHAR_START, offsets[0]);
		attributes.put(IMarker.CHAR_END, offsets[1]);
		attributes.put(IMarker.SOURCE_ID, "DiaC");
		attributes.put(RANGE, diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter() + ":"
				+ diagnostic.getRange().getEnd().getLine() + ":" + diagnostic.getRange().getEnd().getCharacter());
		if (code != null) {
			attributes.put(CODE, code);
		}
		return attributes;
	}

	/** LSP 3.18 lets a message be Markdown; the server sends plain strings. */
	private static String message(Diagnostic diagnostic) {
		var message = diagnostic.getMessage();
		if (message == null) {
			return "";
		}
		return message.isLeft() ? message.getLeft() : message.getRight().getValue();
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null || severity == DiagnosticSeverity.Error) {
			return IMarker.SEVERITY_ERROR;
		}
		return severity == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}

	/** The text the diagnostics are about: the editor's buffer when the file is open, else the file. */
	private static IDocument document(IFile file) throws CoreException, IOException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument();
		}
		try (InputStream in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), Charset.forName(file.getCharset())));
		}
	}
}
