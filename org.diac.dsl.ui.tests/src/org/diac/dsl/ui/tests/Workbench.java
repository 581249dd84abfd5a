package org.diac.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.diac.dsl.ui.server.Markers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The workbench the UI harness started: projects, files, editors, waiting on the UI thread, the Error Log. */
final class Workbench {

	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	private Workbench() {
	}

	static Path repo() {
		return Paths.get(System.getProperty("diac.repo", "..")).toAbsolutePath().normalize();
	}

	static String example(String name) throws Exception {
		return Files.readString(repo().resolve("examples").resolve(name));
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, true, null);
		}
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws PartInitException {
		IEditorPart editor = IDE.openEditor(page(), file);
		if (!(editor instanceof ITextEditor text)) {
			throw new AssertionError("not a text editor: " + editor);
		}
		return text;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}

	static List<String> codes(IFile file) {
		return markers(file).stream().map(m -> m.getAttribute(Markers.CODE, "")).toList();
	}

	/** Runs the event loop until the condition holds; fails with the message after the timeout. */
	static void waitUntil(BooleanSupplier condition, long timeoutMillis, Supplier<String> message) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail(message.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}

	static void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil(() -> System.currentTimeMillis() >= end, millis + 1000, () -> "");
	}

	/** Shells other than workbench windows that are open: an error dialog would be one. */
	static List<Shell> dialogs() {
		List<Shell> windows = List.of(PlatformUI.getWorkbench().getWorkbenchWindows()).stream().map(w -> w.getShell()).toList();
		return List.of(Display.getCurrent().getShells()).stream().filter(s -> s.isVisible() && !windows.contains(s)).toList();
	}

	/** Records errors logged while it is attached (the Error Log's entries). */
	static final class ErrorLog implements ILogListener, AutoCloseable {
		final List<IStatus> errors = new CopyOnWriteArrayList<>();

		ErrorLog() {
			Platform.addLogListener(this);
		}

		@Override
		public void logging(IStatus status, String plugin) {
			if (status.getSeverity() == IStatus.ERROR) {
				errors.add(status);
			}
		}

		@Override
		public void close() {
			Platform.removeLogListener(this);
		}
	}
}
