package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.diac.dsl.ui.outline.DiacOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Diagnostics as problem markers with their codes: for files never opened, broken files, and syntax errors. */
class MarkersTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void brokenCopyGetsMarkersWithCodesWithoutBeingOpened() throws Exception {
		String broken = example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr");
		IFile file = file(project("markers"), "broken.diac", broken);
		waitUntil(() -> codes(file).contains("TOSCA-UNKNOWN-TYPE"), 60_000, () -> "codes: " + codes(file));
		IMarker marker = markers(file).stream().filter(m -> "TOSCA-UNKNOWN-TYPE".equals(m.getAttribute("code", ""))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("diac.nodes.Operatr", broken.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));
		assertEquals(broken.substring(0, start).split("\n", -1).length, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("TOSCA-UNKNOWN-TYPE "), message);
		assertTrue(message.contains("diac.nodes.Operatr"), () -> "the server's text after the code: " + message);
		assertFalse(message.contains("Either"), message);
	}

	@Test
	void dependantIsRevalidatedWhenItsImportChanges() throws Exception {
		var project = project("imports");
		IFile types = file(project, "types.tosca", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				node_types:
				  acme.Web:
				    derived_from: tosca.nodes.Root
				""");
		IFile main = file(project, "main.diac", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				imports:
				  - types.tosca
				topology_template:
				  node_templates:
				    web:
				      type: acme.Web
				""");
		spin(2_000);
		waitUntil(() -> !codes(main).contains("TOSCA-UNKNOWN-TYPE"), 30_000, () -> "codes: " + codes(main));
		file(project, "types.tosca", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				node_types:
				  acme.Site:
				    derived_from: tosca.nodes.Root
				""");
		waitUntil(() -> codes(main).contains("TOSCA-UNKNOWN-TYPE"), 60_000, () -> "main.diac not revalidated: " + codes(main) + " " + types);
	}

	@Test
	void syntaxErrorsGiveMarkersAnOutlineOfWhatParsedAndNoDialog() throws Exception {
		try (ErrorLog log = new ErrorLog()) {
			IFile file = file(project("markers"), "syntax.diac", """
					tosca_definitions_version: tosca_simple_yaml_1_3
					topology_template:
					  node_templates:
					    web:
					      type: tosca.nodes.Compute
					    db: { type: [ tosca.nodes.Compute
					      properties: "unterminated
					""");
			ITextEditor editor = open(file);
			waitUntil(() -> markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
					&& m.getAttribute("code", null) != null), 60_000, () -> "codes: " + codes(file));
			assertTrue(codes(file).stream().anyMatch(code -> code.startsWith("YAML-")), () -> "codes: " + codes(file));
			ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
			page().activate(editor);
			waitUntil(() -> view.getCurrentPage() instanceof DiacOutlinePage outline && DiacEditorTest.names(outline.symbols()).contains("web"),
					30_000, () -> "outline of what parsed: " + view.getCurrentPage());
			// typing more garbage keeps the editor quiet: no dialog, nothing in the Error Log
			document(editor).replace(document(editor).getLength(), 0, "\t]]]: : {{{\n- - -");
			spin(3_000);
			assertEquals(List.of(), dialogs());
			assertEquals(List.of(), log.errors);
		}
	}
}
