package org.diac.diagram.glsp.handlers;

import java.util.Map;
import java.util.Optional;

import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.glsp.TopologyGModel;
import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/**
 * Editing a node's name label (double-click) renames the template: its key and every reference to it in the text;
 * its sidecar position follows the new name.
 */
public class RenameHandler extends DocumentOperationHandler<ApplyLabelEditOperation> {

	@Override
	public String getLabel() {
		return "Rename";
	}

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		Optional<GModelElement> label = state.getIndex().get(operation.getLabelId());
		if (label.isEmpty() || !(label.get() instanceof GLabel name) || !TopologyGModel.NAME_LABEL.equals(name.getType())
				|| !(name.getParent() instanceof GNode node)) {
			return refuse("only a node's name can be edited in the diagram");
		}
		String from = node.getId();
		String to = operation.getText() == null ? "" : operation.getText().strip();
		String text;
		try {
			text = state.file().edits().rename(state.shownText(), state.file().uri(), from, to);
		} catch (EditRefusedException e) {
			return refuse("cannot rename " + from + ": " + e.getMessage());
		}
		Map<String, Point> positions = positions();
		Point at = positions.remove(from);
		if (at != null) {
			positions.put(to, at);
		}
		return text.equals(state.shownText()) ? doNothing() : change(text, positions);
	}
}
