package org.diac.dsl.ui.tests;

import static org.diac.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.diac.dsl.ui.commands.ValidateJob;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Validate command's job: every file's diagnostics awaited, counted in the result; cancel leaves a CANCEL result. */
class ValidateJobTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void validatesClosedAndOpenFilesAndCountsTheirDiagnostics() throws Exception {
		var project = project("validate");
		IFile valid = file(project, "valid.diac", example("sharding-network.diac"));
		IFile broken = file(project, "broken.diac", example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr"));
		ITextEditor editor = open(valid);
		spin(1_000);
		// an unsaved edit in the open editor is what gets validated
		document(editor).replace(0, 0, "bogus_key: 1\n");
		ValidateJob job = new ValidateJob(List.of(valid, broken));
		job.schedule();
		waitUntil(() -> job.getResult() != null, 120_000, () -> "job did not end");
		IStatus result = job.getResult();
		assertEquals(IStatus.OK, result.getSeverity(), result::getMessage);
		assertTrue(result.getMessage().startsWith("DiaC: 2 files validated: "), result.getMessage());
		assertFalse(result.getMessage().contains(": 0 errors"), result.getMessage());
	}

	@Test
	void cancelledJobEndsCancelled() throws Exception {
		IFile file = file(project("validate"), "cancel.diac", example("tee-network.diac"));
		ValidateJob job = new ValidateJob(List.of(file));
		job.schedule(500);
		job.cancel();
		waitUntil(() -> job.getState() == Job.NONE, 10_000, () -> "job still " + job.getState());
		assertTrue(job.getResult() == null || job.getResult().getSeverity() == IStatus.CANCEL);
	}

	@Test
	void validateCommandIsDefinedWithAHandler() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.diac.dsl.ui.validate");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled());
	}
}
