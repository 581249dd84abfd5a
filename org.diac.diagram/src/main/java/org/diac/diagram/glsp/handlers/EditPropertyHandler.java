package org.diac.diagram.glsp.handlers;

import java.util.Optional;

import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.glsp.actions.EditPropertyOperation;
import org.eclipse.emf.common.command.Command;

/**
 * A value typed into the properties panel: the property's value text is replaced (or the property added) in the
 * document; the validation then runs as for every edit and the panel shows its diagnostics. Undoable.
 */
public class EditPropertyHandler extends DocumentOperationHandler<EditPropertyOperation> {

	@Override
	public String getLabel() {
		return "Edit property";
	}

	@Override
	public Optional<Command> createCommand(EditPropertyOperation operation) {
		String text;
		try {
			text = state.file().edits().setProperty(state.shownText(), state.file().uri(), operation.getTemplate(), operation.getProperty(),
					operation.getValue());
		} catch (EditRefusedException e) {
			return refuse("cannot set " + operation.getProperty() + " of " + operation.getTemplate() + ": " + e.getMessage());
		}
		return text.equals(state.shownText()) ? doNothing() : change(text, positions());
	}
}
