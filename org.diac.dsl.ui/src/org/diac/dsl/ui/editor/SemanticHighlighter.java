package org.diac.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.Position;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.diac.dsl.ui.server.Positions;

/**
 * The language server's semantic tokens laid over the lexical colouring: kept as style ranges in document offsets
 * and merged into every text presentation the viewer builds.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final ITextViewer viewer;
	private volatile List<StyleRange> ranges = List.of();

	SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	void dispose() {
		if (viewer instanceof ITextViewerExtension4 extension && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			extension.removeTextPresentationListener(this);
		}
	}

	void update(List<StyleRange> newRanges) {
		ranges = newRanges;
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	List<StyleRange> ranges() {
		return ranges;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		List<StyleRange> inside = new ArrayList<>();
		for (StyleRange range : ranges) {
			if (range.start >= extent.getOffset() && range.start + range.length <= end) {
				inside.add((StyleRange) range.clone());
			}
		}
		if (!inside.isEmpty()) {
			presentation.mergeStyleRanges(inside.toArray(StyleRange[]::new));
		}
	}

	/** LSP's relative token encoding (line delta, start delta, length, type, modifiers) as style ranges. */
	static List<StyleRange> decode(IDocument document, List<Integer> data, List<String> legend) {
		List<StyleRange> result = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int type = data.get(i + 3);
			Styles.Style style = type < legend.size() ? Styles.SEMANTIC.get(legend.get(type)) : null;
			if (style == null) {
				continue;
			}
			int start = Positions.offset(document, new Position(line, character));
			StyleRange range = new StyleRange(start, Math.min(data.get(i + 2), document.getLength() - start), color(style), null, style.fontStyle());
			result.add(range);
		}
		return result;
	}

	private static Color color(Styles.Style style) {
		return new Color(style.color());
	}
}
