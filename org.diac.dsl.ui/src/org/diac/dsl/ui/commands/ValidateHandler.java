package org.diac.dsl.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate (DiaC menu, toolbar, context menus, Ctrl+Alt+V): the DiaC/TOSCA files of the selected resources, or of the
 * active editor, or of the whole workspace, validated in a {@link ValidateJob}.
 */
public class ValidateHandler extends AbstractHandler {

	private static final Set<String> EXTENSIONS = Set.of("diac", "tosca", "yaml", "yml");

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> files = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			for (Object element : selection.toList()) {
				collect(Adapters.adapt(element, IResource.class), files);
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (files.isEmpty() && editor != null) {
			collect(editor.getEditorInput().getAdapter(IFile.class), files);
		}
		if (files.isEmpty()) {
			collect(ResourcesPlugin.getWorkspace().getRoot(), files);
		}
		new ValidateJob(files).schedule();
		return null;
	}

	static void collect(IResource resource, List<IFile> files) {
		if (resource == null || !resource.isAccessible()) {
			return;
		}
		try {
			resource.accept(visited -> {
				if (visited instanceof IFile file && EXTENSIONS.contains(String.valueOf(file.getFileExtension())) && !files.contains(file)) {
					files.add(file);
				}
				return !visited.getName().startsWith(".");
			});
		} catch (CoreException e) {
			// an inaccessible folder contributes nothing
		}
	}
}
