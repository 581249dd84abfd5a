package org.diac.chain.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The workbench the UI harness started: projects, files, editors, waiting on the UI thread. */
final class Workbench {

	private Workbench() {
	}

	static Path repo() {
		return Paths.get(System.getProperty("diac.repo", "..")).toAbsolutePath().normalize();
	}

	static String example(String name) throws Exception {
		return Files.readString(repo().resolve("examples").resolve(name));
	}

	static IFile file(String project, String name, String text) throws CoreException {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
		if (!p.exists()) {
			p.create(null);
		}
		p.open(null);
		IFile file = p.getFile(name);
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
		return (ITextEditor) IDE.openEditor(page(), file);
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

	/** Waits, dispatching UI events, until the job has ended. */
	static void awaitEnd(Job job, long timeoutMillis) {
		waitUntil(() -> job.getResult() != null && job.getState() == Job.NONE, timeoutMillis, () -> job.getName() + " did not end");
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
}
