package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.diac.dsl.ui.outline.DiacOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/**
 * The picture in the README (docs/eclipse/editor.png): an example open in the editor, the Problems view listing a
 * broken copy's markers, and the outline. Written to {@code diac.screenshot} (target/screenshots/ in the build).
 */
class ScreenshotTest {

	@Test
	void editorProblemsAndOutline() throws Exception {
		for (IProject other : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			other.delete(true, true, null); // the other tests' projects: the Problems view lists only this one's
		}
		IProject project = project("sharding");
		IFile example = file(project, "sharding-network.diac", example("sharding-network.diac"));
		IFile broken = file(project, "sharding-network-broken.diac", example("sharding-network.diac")
				.replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr").replaceFirst("stake: 300", "stake: 30"));
		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800); // no window manager under Xvfb: maximizing does nothing
		page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = open(example);
		waitUntil(() -> !markers(broken).isEmpty(), 60_000, () -> "no markers on the broken copy");
		waitUntil(() -> outline.getCurrentPage() instanceof DiacOutlinePage page && !page.symbols().isEmpty(), 30_000, () -> "outline empty");
		int line = example("sharding-network.diac").indexOf("  node_templates:");
		editor.selectAndReveal(line, 0);
		// the Problems view refreshes in a job of its own: wait until it lists the errors
		waitUntil(() -> errorsGroup(shell) != null, 30_000, () -> "the Problems view lists no errors; markers: " + codes(broken));
		TreeItem errors = errorsGroup(shell);
		Event event = new Event();
		event.item = errors;
		errors.getParent().notifyListeners(SWT.Expand, event);
		errors.setExpanded(true);
		spin(1_500);
		Path target = Paths.get(System.getProperty("diac.screenshot", "target/screenshots/editor.png"));
		Files.createDirectories(target.toAbsolutePath().getParent());
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		assertTrue(Files.size(target) > 10_000, "screenshot " + target);
		page().closeAllEditors(false);
	}

	/** The Problems view's "Errors" group (the view has no API for it). */
	private static TreeItem errorsGroup(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Errors")) {
				return tree.getItem(0);
			}
			if (child instanceof Composite composite) {
				TreeItem found = errorsGroup(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
