package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.diac.dsl.ui.editor.OpenDocuments;
import org.diac.dsl.ui.outline.DiacOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An example opened in the workspace: the Generic Editor with DiaC highlighting, no error markers, outline, folding. */
class DiacEditorTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void opensExampleInGenericEditorWithoutErrors() throws Exception {
		IFile file = file(project("editor"), "sharding-network.diac", example("sharding-network.diac"));
		ITextEditor editor = open(file);
		assertEquals(GENERIC_EDITOR, editor.getSite().getId());
		IDocument document = document(editor);
		waitUntil(() -> OpenDocuments.uri(document) != null, 20_000, () -> "the document never reached the language server");
		assertTrue(OpenDocuments.uri(document).endsWith("/editor/sharding-network.diac"), OpenDocuments.uri(document));
		// the server validated it: it has no error markers (the example is valid)
		waitUntil(() -> editor.getEditorInput() != null && page().getActiveEditor() == editor, 5_000, () -> "editor not active");
		spin(3_000);
		assertEquals(List.of(), markers(file).stream().filter(m -> m.getAttribute("severity", 0) == 2).map(m -> m.getAttribute("message", "")).toList());
	}

	@Test
	void coloursTemplateNamesTypesAndKeysSemantically() throws Exception {
		IFile file = file(project("editor"), "colours.diac", example("sharding-network.diac"));
		ITextEditor editor = open(file);
		String text = document(editor).get();
		int template = text.indexOf("    alice:") + 4;
		int type = text.indexOf("diac.nodes.Operator");
		var widget = viewer(editor).getTextWidget();
		waitUntil(() -> bold(widget.getStyleRangeAtOffset(template)) && bold(widget.getStyleRangeAtOffset(type)), 30_000,
				() -> "template name and type not highlighted: " + widget.getStyleRangeAtOffset(template) + " / " + widget.getStyleRangeAtOffset(type));
		StyleRange comment = widget.getStyleRangeAtOffset(0);
		assertNotNull(comment, "the leading comment is coloured");
		assertTrue((comment.fontStyle & SWT.ITALIC) != 0);
		assertNotEquals(widget.getStyleRangeAtOffset(template).foreground, widget.getStyleRangeAtOffset(type).foreground);
	}

	private static boolean bold(StyleRange range) {
		return range != null && (range.fontStyle & SWT.BOLD) != 0;
	}

	@Test
	void outlineListsTemplatesAndFoldingIsOn() throws Exception {
		IFile file = file(project("editor"), "outline.diac", example("sharding-network.diac"));
		ITextEditor editor = open(file);
		IContentOutlinePage adapted = editor.getAdapter(IContentOutlinePage.class);
		assertInstanceOf(DiacOutlinePage.class, adapted);
		ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitUntil(() -> view.getCurrentPage() instanceof DiacOutlinePage outline && !names(outline.symbols()).isEmpty(), 30_000,
				() -> "outline empty: " + view.getCurrentPage());
		List<String> names = names(((DiacOutlinePage) view.getCurrentPage()).symbols());
		assertTrue(names.contains("alice"), names::toString);
		assertTrue(viewer(editor) instanceof ProjectionViewer projection && projection.isProjectionMode(), "folding (projection) is on");
	}

	static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.getName()),
				s.getChildren() == null ? java.util.stream.Stream.empty() : names(s.getChildren()).stream())).toList();
	}
}
