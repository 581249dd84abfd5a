package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import org.diac.dsl.ui.editor.DiacHyperlinkDetector;
import org.diac.dsl.ui.editor.OpenDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Go to definition (Ctrl+click): into an imported file, and into the built-in library as a read-only copy. */
class DefinitionTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void typeOfTheBuiltInLibraryOpensReadOnly() throws Exception {
		String text = example("sharding-network.diac");
		IFile file = file(project("definition"), "library.diac", text);
		ITextEditor editor = open(file);
		waitUntil(() -> OpenDocuments.uri(document(editor)) != null, 20_000, () -> "not connected");
		IHyperlink[] links = new DiacHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(text.indexOf("diac.nodes.Operator") + 12, 0), false);
		assertNotNull(links, "no definition");
		assertEquals("diac.nodes.Operator", text.substring(links[0].getHyperlinkRegion().getOffset(),
				links[0].getHyperlinkRegion().getOffset() + links[0].getHyperlinkRegion().getLength()));
		links[0].open();
		IEditorPart library = page().getActiveEditor();
		assertNotSame(editor, library);
		assertTrue(library.getEditorInput().getName().endsWith(".yaml"), library.getEditorInput().getName());
		assertFalse(((ITextEditorExtension2) library).isEditorInputModifiable(), "the library is read-only");
		ITextEditor libraryText = (ITextEditor) library;
		String selected = document(libraryText).get().substring(((org.eclipse.jface.text.ITextSelection) libraryText.getSelectionProvider().getSelection()).getOffset())
				.split("[:\\s]")[0];
		assertEquals("diac.nodes.Operator", selected);
	}

	@Test
	void typeOfAnImportedFileOpensThatFile() throws Exception {
		var project = project("definition");
		IFile types = file(project, "types.tosca", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				node_types:
				  acme.Web:
				    derived_from: tosca.nodes.Root
				""");
		String text = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				imports:
				  - types.tosca
				topology_template:
				  node_templates:
				    web:
				      type: acme.Web
				""";
		IFile main = file(project, "main.diac", text);
		ITextEditor editor = open(main);
		waitUntil(() -> OpenDocuments.uri(document(editor)) != null, 20_000, () -> "not connected");
		spin(1_000);
		IHyperlink[] links = new DiacHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(text.indexOf("acme.Web") + 2, 0), false);
		assertNotNull(links, "no definition");
		links[0].open();
		assertEquals(types, page().getActiveEditor().getEditorInput().getAdapter(IFile.class));
	}
}
