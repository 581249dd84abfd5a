package org.diac.chain.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.ui.jobs.DocumentFacts;
import org.diac.chain.ui.jobs.ReadJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Export from chain (DiaC menu, Project Explorer context menu): the latest version of a document on chain, as YAML,
 * into {@code <name>.diac} beside the selected resource (or the active editor's file), then opened. The name
 * defaults to the active editor's {@code metadata.template_name}.
 */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IContainer folder = folder(event);
		if (folder == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Export from chain",
					"Select a project or folder to export into.");
			return null;
		}
		String suggested = EditorDocument.active(event).map(d -> DocumentFacts.of(d.text()).templateName()).orElse("");
		InputDialog ask = new InputDialog(shell, "Export from chain", "Name of the document on chain (its latest version is "
				+ "written to <name>.diac in " + folder.getFullPath() + "):", suggested, s -> s.isBlank() ? "Name a document" : null);
		if (ask.open() != Window.OK) {
			return null;
		}
		Optional<ChainConnection> connection = Connections.get(shell, Connections.Prompt.ASK);
		if (connection.isEmpty()) {
			return null;
		}
		ReadJob<IFile> job = job(ask.getValue().trim(), folder, connection.get());
		job.schedule();
		return job;
	}

	/** Exports {@code name} into {@code folder}/{@code name}.diac (replacing it) and opens it. */
	public static ReadJob<IFile> job(String name, IContainer folder, ChainConnection connection) {
		return new ReadJob<>("export", "Export " + name + " from chain", connection, ledger -> write(ledger, name, folder),
				file -> "Exported " + name + " to " + file.getFullPath(), ExportHandler::open);
	}

	private static IFile write(DiacLedger ledger, String name, IContainer folder) {
		String text = ledger.export(name, 0, DiacLedger.Format.YAML, false);
		IFile file = folder.getFile(new Path(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".diac"));
		try {
			ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			if (file.exists()) {
				file.setContents(in, IResource.KEEP_HISTORY, null);
			} else {
				file.create(in, false, null);
			}
		} catch (CoreException e) {
			throw new IllegalStateException("cannot write " + file.getFullPath() + ": " + e.getMessage(), e);
		}
		return file;
	}

	private static void open(IFile file) {
		Display.getDefault().asyncExec(() -> {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
			} catch (PartInitException | NullPointerException e) {
				// the file is written; opening it is a convenience
			}
		});
	}

	private static IContainer folder(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && !s.isEmpty()) {
			IResource r = Adapters.adapt(s.getFirstElement(), IResource.class);
			if (r != null) {
				return r instanceof IContainer c ? c : r.getParent();
			}
		}
		return EditorDocument.active(event).map(d -> d.file().getParent()).orElseGet(() -> {
			var projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
			return projects.length == 1 ? projects[0] : null;
		});
	}
}
