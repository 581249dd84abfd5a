package org.diac.dsl.ui.quickfix;

import org.diac.dsl.ui.DiacUiPlugin;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IMarkerResolution;

/** One code action of the server as a marker resolution: its title as the label, its edit applied on run. */
final class CodeActionResolution implements IMarkerResolution {

	private final CodeAction action;

	CodeActionResolution(CodeAction action) {
		this.action = action;
	}

	@Override
	public String getLabel() {
		return action.getTitle();
	}

	@Override
	public void run(IMarker marker) {
		try {
			TextEdits.apply(action.getEdit());
		} catch (Exception e) {
			DiacUiPlugin.log("quick fix '" + action.getTitle() + "' failed", e);
		}
	}
}
