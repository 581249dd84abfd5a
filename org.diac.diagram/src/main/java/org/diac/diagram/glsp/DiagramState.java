package org.diac.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.Point;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

/**
 * A session's view of the document: the diagram records as last read from the file (validated, as
 * {@code diac diagram --svg} reads it), the sidecar positions, the document's own node types (the palette) and the
 * layout last drawn. Edits go to the file first and come back through {@link #reload()}: the text is the model.
 */
public class DiagramState extends DefaultGModelState {

	@Inject
	private DocumentFile file;

	private DiagramDocuments.Result result;
	private Map<String, Point> positions = Map.of();
	private List<String> ownNodeTypes = List.of();
	private DiagramLayout layout;
	private String shownText;

	public DocumentFile file() {
		return file;
	}

	/** Reads the document, its diagnostics and its sidecar again. */
	public void reload() {
		shownText = file.text();
		try {
			result = file.documents().load(file.path());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		positions = file.positions();
		try {
			ownNodeTypes = file.edits().ownNodeTypes(file.text(), file.uri());
		} catch (EditRefusedException e) {
			ownNodeTypes = List.of(); // syntax errors: the diagram shows them, there is nothing to create from
		}
	}

	/** The text the diagram was drawn from: every edit starts from it, so an edit never acts on text nobody saw. */
	public String shownText() {
		return shownText;
	}

	/** Whether the file still holds the text the diagram shows (false: changed underneath, a stale diagram). */
	public boolean isCurrent() {
		return shownText != null && shownText.equals(file.text());
	}

	/** After a change from outside, the undo history describes texts that are gone: it is dropped. */
	public void forgetHistory() {
		if (commandStack != null) {
			commandStack.flush();
		}
	}

	public DiagramDocuments.Result result() {
		return result;
	}

	public Map<String, Point> positions() {
		return positions;
	}

	public List<String> ownNodeTypes() {
		return ownNodeTypes;
	}

	public DiagramLayout layout() {
		return layout;
	}

	void layout(DiagramLayout layout) {
		this.layout = layout;
	}

	/** Every change is written to the file at once, so there is never anything to save. */
	@Override
	public boolean isDirty() {
		return false;
	}
}
