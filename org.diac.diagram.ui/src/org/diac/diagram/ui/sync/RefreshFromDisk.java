package org.diac.diagram.ui.sync;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Brings a file the diagram server wrote into the workspace. Once the workspace sees the new content, the file's
 * text buffer reloads it if it has no unsaved changes, so every open text editor of the document shows the diagram's
 * edit (the platform's own behaviour: a dirty buffer is left alone and the editor asks on activation).
 */
public final class RefreshFromDisk extends WorkspaceJob {

	/** Changes that come in a burst (the text and the sidecar of one edit) make one refresh. */
	private static final long DELAY_MILLIS = 50;

	private final IFile file;

	public RefreshFromDisk(IFile file) {
		super("Refresh " + file.getFullPath() + " after a diagram edit");
		this.file = file;
		setSystem(true);
		// refreshing a file locks its parent (the rule the workspace asks for), not the file alone
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(file));
	}

	/** Schedules the refresh; a refresh still waiting absorbs the request. */
	public void request() {
		if (getState() != WAITING && getState() != SLEEPING) {
			schedule(DELAY_MILLIS);
		}
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (file.exists() || file.getParent().isAccessible()) {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		}
		return Status.OK_STATUS;
	}
}
