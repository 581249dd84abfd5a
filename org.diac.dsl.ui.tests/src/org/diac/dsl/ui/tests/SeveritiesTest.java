package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import org.diac.dsl.ui.preferences.Severities;
import org.diac.dsl.ui.preferences.ValidationPreferencePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validation severities per code (preferences): markers follow them at once, "ignore" removes them. */
class SeveritiesTest {

	@AfterEach
	void reset() {
		Severities.set("TOSCA-UNKNOWN-TYPE", Severities.DEFAULT);
	}

	@Test
	void markersFollowThePreferredSeverity() throws Exception {
		// two independent problems: the unknown type whose severity changes, and an unknown key whose marker must stay
		String broken = "bogus_key: 1\n"
				+ example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr");
		IFile file = file(project("severities"), "severity.diac", broken);
		waitUntil(() -> severity(file) == IMarker.SEVERITY_ERROR, 60_000, () -> "codes: " + codes(file));
		Severities.set("TOSCA-UNKNOWN-TYPE", Severities.WARNING);
		waitUntil(() -> severity(file) == IMarker.SEVERITY_WARNING, 20_000, () -> "still " + severity(file));
		Severities.set("TOSCA-UNKNOWN-TYPE", Severities.IGNORE);
		// markers are replaced as a whole: between removal and re-creation the file has none, so wait for the new set
		waitUntil(() -> !codes(file).contains("TOSCA-UNKNOWN-TYPE") && !codes(file).isEmpty(), 20_000,
				() -> "other codes keep their markers; codes: " + codes(file));
		Severities.set("TOSCA-UNKNOWN-TYPE", Severities.DEFAULT);
		waitUntil(() -> severity(file) == IMarker.SEVERITY_ERROR, 20_000, () -> "still " + severity(file));
	}

	private static int severity(IFile file) {
		return markers(file).stream().filter(m -> "TOSCA-UNKNOWN-TYPE".equals(m.getAttribute("code", ""))).mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1))
				.findFirst().orElse(-1);
	}

	@Test
	void preferencePageHasAChoiceForEveryCode() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			ValidationPreferencePage page = new ValidationPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			assertEquals(Severities.codes().size(), combos(shell));
			assertTrue(Severities.codes().contains("DIAC-STAKE-BELOW-THRESHOLD"));
			page.dispose();
		} finally {
			shell.dispose();
		}
	}

	private static int combos(Composite parent) {
		int count = 0;
		for (Control child : parent.getChildren()) {
			count += child instanceof Combo ? 1 : child instanceof Composite composite ? combos(composite) : 0;
		}
		return count;
	}
}
