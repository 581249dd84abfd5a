package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quick fixes on markers: the language server's code actions for the marker's code, applied to the document. */
class QuickFixTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void didYouMeanFixesAnUnknownTypeInTheOpenEditor() throws Exception {
		String broken = example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr");
		IFile file = file(project("quickfix"), "fix.diac", broken);
		ITextEditor editor = open(file);
		waitUntil(() -> codes(file).contains("TOSCA-UNKNOWN-TYPE"), 60_000, () -> "codes: " + codes(file));
		IMarker marker = markers(file).stream().filter(m -> "TOSCA-UNKNOWN-TYPE".equals(m.getAttribute("code", ""))).findFirst().orElseThrow();
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		IMarkerResolution fix = Arrays.stream(resolutions).filter(r -> r.getLabel().contains("diac.nodes.Operator")).findFirst()
				.orElseThrow(() -> new AssertionError("fixes: " + labels));
		fix.run(marker);
		assertEquals(example("sharding-network.diac"), document(editor).get());
		waitUntil(() -> !codes(file).contains("TOSCA-UNKNOWN-TYPE"), 60_000, () -> "marker stays: " + codes(file));
	}

	@Test
	void noQuickFixForACodeWithoutRepair() throws Exception {
		IFile file = file(project("quickfix"), "version.diac", "tosca_definitions_version: tosca_simple_yaml_0_9\n");
		waitUntil(() -> codes(file).contains("TOSCA-VERSION"), 60_000, () -> "codes: " + codes(file));
		IMarker marker = markers(file).stream().filter(m -> "TOSCA-VERSION".equals(m.getAttribute("code", ""))).findFirst().orElseThrow();
		assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(marker));
	}
}
