package org.diac.diagram.ui.tests;

import static org.diac.diagram.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.diac.diagram.ui.view.DiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The picture in the README (docs/eclipse/diagram.png): the sharding example in the DiaC editor with its diagram
 * beside it. Written to {@code diac.screenshot} (target/screenshots/ in the build).
 */
class ScreenshotTest {

	@Test
	void editorAndDiagramSideBySide() throws Exception {
		for (IProject other : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			other.delete(true, true, null);
		}
		IFile file = exampleFile("sharding", "sharding-network.diac");
		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800); // no window manager under Xvfb: maximizing does nothing
		// room for the two: the editor area gets the whole window, text on the left, diagram on the right
		for (String id : new String[] { IPageLayout.ID_OUTLINE, IPageLayout.ID_TASK_LIST, IPageLayout.ID_PROBLEM_VIEW,
				"org.eclipse.ui.navigator.ProjectExplorer" }) {
			if (page().findView(id) != null) {
				page().hideView(page().findView(id));
			}
		}
		ITextEditor editor = open(file);
		DiagramView view = openDiagram(file);
		DiagramPage diagram = new DiagramPage(view.browser());
		waitUntil(() -> diagram.nodes().size() == DiagramBesideEditorTest.TEMPLATES.size(), 60_000, () -> "nodes drawn: " + diagram.nodes() + " " + diagram.state());
		page().activate(view); // as a user would: into the diagram, Ctrl+Shift+F, back to the text
		diagram.fit();
		spin(1_000);
		page().activate(editor);
		editor.selectAndReveal(Workbench.text(file).indexOf("  node_templates:"), 0);
		spin(2_000); // the browser paints after the model arrives
		Path target = Paths.get(System.getProperty("diac.screenshot", "target/screenshots/diagram.png"));
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
		page().hideView(view);
	}
}
