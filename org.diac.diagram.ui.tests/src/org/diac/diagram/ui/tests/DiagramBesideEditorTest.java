package org.diac.diagram.ui.tests;

import static org.diac.diagram.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.TreeSet;

import org.diac.diagram.ui.view.DiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Open Diagram on the sharding example in the DiaC editor: the diagram server runs in Eclipse, its page in an SWT
 * Browser beside the text; a diagram edit reaches the text editor, a saved text edit reaches the diagram, and
 * unsaved text keeps the diagram read-only.
 */
class DiagramBesideEditorTest {

	/** The example's node templates: one node each. */
	static final Set<String> TEMPLATES = Set.of("alice", "bob", "carol", "dave", "erin", "frank", "shards", "worker", "validator");
	private static final long DRAWN_MILLIS = 60_000;

	@AfterEach
	void closeEditorsAndDiagrams() {
		page().closeAllEditors(false);
		for (IViewReference reference : page().getViewReferences()) {
			if (DiagramView.ID.equals(reference.getId())) {
				page().hideView(reference);
			}
		}
	}

	@Test
	void openDiagramDrawsEveryNodeTemplateBesideTheText() throws Exception {
		IFile file = exampleFile("beside", "sharding-network.diac");
		ITextEditor editor = open(file);
		DiagramView view = openDiagram(file);
		assertNotNull(view.browser(), "the view has no SWT Browser (WebKitGTK missing?)");
		assertTrue(view.url().startsWith("http://127.0.0.1:"), "served on the loopback interface: " + view.url());
		DiagramPage diagram = new DiagramPage(view.browser());
		waitUntil(() -> diagram.nodes().size() == TEMPLATES.size(), DRAWN_MILLIS, () -> "nodes drawn: " + diagram.nodes() + " " + diagram.state());
		assertEquals(new TreeSet<>(TEMPLATES), new TreeSet<>(diagram.nodes()));
		assertTrue(diagram.connected(), "websocket to the diagram server open");

		Rectangle text = onScreen(((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget());
		Rectangle drawing = onScreen(view.browser());
		assertTrue(text.width > 100 && drawing.width > 100, "both visible: text " + text + ", diagram " + drawing);
		assertTrue(drawing.x >= text.x + text.width, "the diagram is right of the text: text " + text + ", diagram " + drawing);
		assertTrue(drawing.y < text.y + text.height && text.y < drawing.y + drawing.height,
				"side by side, not above or below: text " + text + ", diagram " + drawing);
		assertSame(editor, page().getActiveEditor(), "the text editor keeps the focus");
	}

	@Test
	void deletingANodeInTheDiagramChangesTheOpenTextEditor() throws Exception {
		IFile file = exampleFile("diagram-edit", "sharding-network.diac");
		ITextEditor editor = open(file);
		DiagramView view = openDiagram(file);
		DiagramPage diagram = new DiagramPage(view.browser());
		waitUntil(() -> diagram.nodes().size() == TEMPLATES.size(), DRAWN_MILLIS, () -> "nodes drawn: " + diagram.nodes() + " " + diagram.state());
		IDocument document = document(editor);
		assertTrue(document.get().contains("\n    validator:\n"));

		// the user clicks into the diagram (it takes keys only with the focus), selects the node, presses Delete
		page().activate(view);
		diagram.click("validator");
		waitUntil(() -> diagram.selected("validator"), 10_000, () -> "the click did not select the validator");
		diagram.pressDelete("validator");

		waitUntil(() -> !document.get().contains("\n    validator:\n"), 30_000, () -> "the text editor still has the validator; file:\n" + textOf(file));
		assertEquals(textOf(file), document.get(), "the editor shows the file the diagram wrote");
		assertFalse(editor.isDirty(), "the diagram's edit is saved, not an unsaved change");
		assertTrue(document.get().contains("\n    worker:\n"), "only the validator went");
		waitUntil(() -> !diagram.nodes().contains("validator"), 30_000, () -> "still drawn: " + diagram.nodes());
		waitUntil(() -> diagram.nodes().size() == TEMPLATES.size() - 1, 10_000, () -> "drawn after the delete: " + diagram.nodes());
		assertTrue(diagram.connected(), "websocket still open");
	}

	@Test
	void savedTextRedrawsTheDiagramAndUnsavedTextKeepsItReadOnly() throws Exception {
		IFile file = exampleFile("text-edit", "sharding-network.diac");
		ITextEditor editor = open(file);
		DiagramView view = openDiagram(file);
		Browser browser = view.browser();
		DiagramPage diagram = new DiagramPage(browser);
		waitUntil(() -> diagram.nodes().size() == TEMPLATES.size(), DRAWN_MILLIS, () -> "nodes drawn: " + diagram.nodes() + " " + diagram.state());
		IDocument document = document(editor);

		document.replace(document.get().indexOf("  policies:"), 0, "    archive:\n      type: diac.nodes.Storage\n\n");

		waitUntil(view::textEditorOwns, 10_000, () -> "the diagram did not notice the unsaved text");
		assertFalse(browser.isEnabled(), "the diagram takes no input while the text has unsaved changes");
		spin(1_000);
		assertFalse(diagram.nodes().contains("archive"), "unsaved text is not drawn (the diagram shows the file)");

		editor.doSave(null);

		waitUntil(() -> diagram.nodes().contains("archive"), DRAWN_MILLIS, () -> "the saved template is not drawn: " + diagram.nodes());
		// the reloaded page is fitted to the view once drawn: then every node is inside it
		waitUntil(() -> diagram.nodes().size() == TEMPLATES.size() + 1, 10_000, () -> "drawn after the save: " + diagram.nodes());
		assertFalse(view.textEditorOwns());
		assertTrue(browser.isEnabled(), "the diagram takes edits again");
		waitUntil(diagram::connected, 10_000, () -> "the reloaded page has no websocket");
	}

	private static String textOf(IFile file) {
		try {
			return text(file);
		} catch (Exception e) {
			return e.toString();
		}
	}

	private static Rectangle onScreen(org.eclipse.swt.widgets.Control control) {
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}
}
