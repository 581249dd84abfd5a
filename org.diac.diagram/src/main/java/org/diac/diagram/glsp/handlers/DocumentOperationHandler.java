package org.diac.diagram.glsp.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.glsp.DiagramState;
import org.diac.diagram.glsp.DocumentChange;
import org.diac.diagram.glsp.actions.ReloadDocumentAction;
import org.diac.diagram.layout.ElkTopologyLayout;
import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * An operation that changes the document or its sidecar: the handler computes the new text and positions, checks
 * that the text still parses, and returns a {@link DocumentChange} (written, re-validated and redrawn by GLSP's
 * operation handling; undone and redone from its command stack). A refused edit changes nothing and tells the user.
 */
public abstract class DocumentOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected DiagramState state;

	@Inject
	protected ActionDispatcher actions;

	/**
	 * A stale diagram (the file changed since it was drawn, and the watcher's reload has not come yet) takes no
	 * edit: the user saw other text than the edit would change. The edit is refused with a message and the session
	 * reloads, so the view shows the file; the user can then repeat the gesture.
	 */
	@Override
	public Optional<Command> execute(Operation operation) {
		if (handles(operation) && !state.isCurrent()) {
			actions.dispatch(MessageActionUtil.warn(state.file().path().getFileName() + " changed on disk since the diagram was drawn: '"
					+ getLabel() + "' was not applied; the diagram now shows the file, repeat the edit if still wanted"));
			actions.dispatch(new ReloadDocumentAction());
			return doNothing();
		}
		return super.execute(operation);
	}

	protected Optional<Command> change(String text, Map<String, Point> positions) {
		String before = state.shownText();
		try {
			if (!before.equals(text)) {
				state.file().edits().checkWellFormed(text, state.file().uri());
			}
		} catch (EditRefusedException e) {
			return refuse("the edit would break the document (" + e.getMessage() + "); nothing changed");
		}
		return Optional.of(new DocumentChange(getLabel(), state, before, text, state.file().positions(), positions));
	}

	protected Optional<Command> refuse(String message) {
		actions.dispatch(MessageActionUtil.warn(message));
		return doNothing();
	}

	/** The sidecar's positions, to be changed and passed to {@link #change}. */
	protected Map<String, Point> positions() {
		return new LinkedHashMap<>(state.file().positions());
	}

	/** A position shown in the browser as a sidecar position (the layout's shift undone, kept inside the padding). */
	protected Point stored(double x, double y) {
		Point shift = state.layout() == null ? new Point(0, 0) : state.layout().shift();
		double padding = ElkTopologyLayout.PADDING;
		return new Point(Math.round(Math.max(padding, x) - shift.x()), Math.round(Math.max(padding, y) - shift.y()));
	}
}
