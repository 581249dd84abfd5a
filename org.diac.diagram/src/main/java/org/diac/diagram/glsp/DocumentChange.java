package org.diac.diagram.glsp;

import java.util.Map;
import java.util.Objects;

import org.diac.diagram.layout.Point;
import org.eclipse.emf.common.command.AbstractCommand;

/**
 * One edit of the diagram as text and sidecar snapshots, before and after: execute and redo write the after state,
 * undo the before state, each followed by a reload. GLSP's command stack keeps these, so undo/redo restore the
 * document's text exactly (comments and formatting included), not only the diagram.
 */
public final class DocumentChange extends AbstractCommand {

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
		apply(textAfter, positionsAfter);
	}

	@Override
	public void undo() {
		apply(textBefore, positionsBefore);
	}

	@Override
	public void redo() {
		execute();
	}

	private void apply(String text, Map<String, Point> positions) {
		DocumentFile file = state.file();
		if (!Objects.equals(file.text(), text)) {
			file.writeText(text);
		}
		if (!file.positions().equals(positions)) {
			file.writePositions(positions);
		}
		state.reload();
	}
}
