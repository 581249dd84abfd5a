package org.diac.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.diac.diagram.ui.view.DiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The workbench the UI harness started: a project with an example, its editor, the Open Diagram command. */
final class Workbench {

	static final String OPEN_DIAGRAM = "org.diac.diagram.ui.open";

	private Workbench() {
	}

	static Path repo() {
		return Paths.get(System.getProperty("diac.repo", "..")).toAbsolutePath().normalize();
	}

	static String example(String name) throws Exception {
		return Files.readString(repo().resolve("examples").resolve(name));
	}

	/** A fresh copy of an example in project {@code projectName}. */
	static IFile exampleFile(String projectName, String example) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(example);
		ByteArrayInputStream contents = new ByteArrayInputStream(example(example).getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, true, null);
		}
		IFile sidecar = project.getFile(example + ".layout.json");
		if (sidecar.exists()) {
			sidecar.delete(true, null);
		}
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page(), file);
		if (!(editor instanceof ITextEditor text)) {
			throw new AssertionError("not a text editor: " + editor);
		}
		return text;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Runs Open Diagram the way the menu, toolbar and key binding do (the active editor's handler) and returns the view. */
	static DiagramView openDiagram(IFile file) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_DIAGRAM, null);
		DiagramView view = diagramOf(file);
		if (view == null) {
			throw new AssertionError("Open Diagram showed no diagram view of " + file.getFullPath());
		}
		return view;
	}

	static DiagramView diagramOf(IFile file) {
		for (IViewReference reference : page().getViewReferences()) {
			if (DiagramView.ID.equals(reference.getId()) && reference.getView(false) instanceof DiagramView view
					&& file.equals(view.file())) {
				return view;
			}
		}
		return null;
	}

	static String text(IFile file) throws CoreException {
		try {
			return Files.readString(file.getLocation().toFile().toPath());
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Runs the event loop until the condition holds; fails with the message after the timeout. */
	static void waitUntil(BooleanSupplier condition, long timeoutMillis, Supplier<String> message) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail(message.get());
			}
			// no Display.sleep(): with an SWT Browser (WebKitGTK) on the page, it did not wake for a timer under Xvfb
			while (display.readAndDispatch()) {
				// drain the queue
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted: " + message.get());
			}
		}
	}

	static void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil(() -> System.currentTimeMillis() >= end, millis + 1000, () -> "");
	}
}
