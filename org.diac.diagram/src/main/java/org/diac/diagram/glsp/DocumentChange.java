package org.diac.diagram.glsp;

import java.util.Map;

import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.AbstractCommand;

/**
 * One edit of the diagram as text and sidecar snapshots, before and after: execute and redo write the after state,
 * undo the before state, each followed by a reload. GLSP's command stack keeps these, so undo/redo restore the
 * document's text exactly (comments and formatting included), not only the diagram.
 */
public final class DocumentChange extends AbstractCommand {

	/** The file no longer holds the text a change was made for. */
	public static final class StaleDocumentException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		StaleDocumentException(String message) {
			super(message);
		}
	}

	private final DiagramState state;
	private final String textBefore;
	private final String textAfter;
	private final Map<String, Point> positionsBefore;
	private final Map<String, Point> positionsAfter;

	public DocumentChange(String label, DiagramState state, String textBefore, String textAfter, Map<String, Point> positionsBefore,
			Map<String, Point> positionsAfter) {
		super(label);
		this.state = state;
		this.textBefore = textBefore;
		this.textAfter = textAfter;
		this.positionsBefore = Map.copyOf(positionsBefore);
		this.positionsAfter = Map.copyOf(positionsAfter);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		apply(textBefore, textAfter, positionsAfter);
	}

	/** Only while the file holds what this change wrote: an undo never overwrites someone else's edit. */
	@Override
	public boolean canUndo() {
		return state.file().text().equals(textAfter);
	}

	@Override
	public void undo() {
		apply(textAfter, textBefore, positionsBefore);
	}

	@Override
	public void redo() {
		execute();
	}

	/** Writes {@code text} over {@code expected} (compare and set); a file changed underneath is refused, unwritten. */
	private void apply(String expected, String text, Map<String, Point> positions) {
		DocumentFile file = state.file();
		if (!file.replaceText(expected, text)) {
			state.reload();
			throw new StaleDocumentException(file.path().getFileName() + " changed on disk: '" + getLabel() + "' was not applied");
		}
		if (!file.positions().equals(positions)) {
			file.writePositions(positions);
		}
		state.reload();
	}
}
