package org.diac.diagram.ui.commands;

import org.diac.diagram.ui.view.DiagramView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Diagram: the active DiaC editor's document as a diagram beside the text (Ctrl+Alt+D). */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			throw new ExecutionException("Open Diagram needs a document of the workspace: " + editor.getEditorInput().getName());
		}
		try {
			DiagramView.open(editor.getSite().getPage(), file);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the diagram of " + file.getFullPath(), e);
		}
		return null;
	}
}
