package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;

import org.diac.dsl.ui.editor.DiacContentAssistProcessor;
import org.diac.dsl.ui.editor.DiacHover;
import org.diac.dsl.ui.editor.OpenDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Completion and hover in the editor, through the processor the Generic Editor calls. */
class ContentAssistTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void completesANodeTypeAndAppliesIt() throws Exception {
		String text = example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Op");
		IFile file = file(project("assist"), "complete.diac", text);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitUntil(() -> OpenDocuments.uri(document) != null, 20_000, () -> "not connected");
		int caret = text.indexOf("diac.nodes.Op\n") + "diac.nodes.Op".length();
		ICompletionProposal[] proposals = new DiacContentAssistProcessor().computeCompletionProposals(viewer(editor), caret);
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		ICompletionProposal operator = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("diac.nodes.Operator")).findFirst()
				.orElseThrow(() -> new AssertionError("proposals: " + labels));
		operator.apply(document);
		assertEquals(example("sharding-network.diac"), document.get());
	}

	@Test
	void hoverOnATypeShowsItsDefinition() throws Exception {
		String text = example("sharding-network.diac");
		IFile file = file(project("assist"), "hover.diac", text);
		ITextEditor editor = open(file);
		waitUntil(() -> OpenDocuments.uri(document(editor)) != null, 20_000, () -> "not connected");
		int offset = text.indexOf("diac.nodes.Operator") + 12;
		String hover = new DiacHover().getHoverInfo(viewer(editor), new Region(offset, 0));
		assertNotNull(hover);
		assertTrue(hover.contains("diac.nodes.Operator"), hover);
	}
}
