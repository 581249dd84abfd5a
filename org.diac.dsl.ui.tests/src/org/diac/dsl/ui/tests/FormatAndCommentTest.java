package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import org.diac.dsl.ui.commands.FormatHandler;
import org.diac.dsl.ui.commands.ToggleCommentHandler;
import org.diac.dsl.ui.editor.OpenDocuments;
import org.diac.dsl.ui.editor.YamlAutoIndent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Format Document, Toggle Comment and YAML auto-indent. */
class FormatAndCommentTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void formatRemovesTrailingSpaces() throws Exception {
		IFile file = file(project("format"), "format.diac", "tosca_definitions_version: tosca_simple_yaml_1_3   \ndescription:    x\n");
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitUntil(() -> OpenDocuments.uri(document) != null, 20_000, () -> "not connected");
		FormatHandler.format(document);
		assertEquals("tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: x\n", document.get());
	}

	@Test
	void toggleCommentCommentsAndUncommentsAtTheSmallestIndentation() throws Exception {
		Document document = new Document("a:\n  b: 1\n  c: 2\n");
		ToggleCommentHandler.toggle(document, 1, 2);
		assertEquals("a:\n  # b: 1\n  # c: 2\n", document.get());
		ToggleCommentHandler.toggle(document, 1, 2);
		assertEquals("a:\n  b: 1\n  c: 2\n", document.get());
	}

	@Test
	void autoIndentOpensABlockAfterAColon() {
		assertEquals("    ", YamlAutoIndent.indentation("  node_templates:"));
		assertEquals("  ", YamlAutoIndent.indentation("  stake: 480"));
		assertEquals("    ", YamlAutoIndent.indentation("  - name: x"));
		assertEquals("  ", YamlAutoIndent.indentation("  - a"));
	}
}
