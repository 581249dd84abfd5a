package org.diac.dsl.ui.editor;

import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Positions;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The language server's hover (types with derived_from and description, property definitions), as plain text. */
public class DiacHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String uri = OpenDocuments.uri(viewer.getDocument());
		if (uri == null) {
			return null;
		}
		Hover hover = LanguageSession.await(LanguageSession.get().documents()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), Positions.position(viewer.getDocument(), region.getOffset()))), "hover in " + uri);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		String text;
		if (hover.getContents().isRight()) {
			text = hover.getContents().getRight().getValue();
		} else {
			StringBuilder joined = new StringBuilder();
			for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
				joined.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
			}
			text = joined.toString();
		}
		return text.isBlank() ? null : plain(text);
	}

	/** Markdown emphasis and code marks dropped: the default hover control shows plain text. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "").trim();
	}

	/** The name under the mouse, so the hover stays while the mouse moves over it. */
	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IRegion word = DiacHyperlinkDetector.Words.at(viewer.getDocument(), offset);
		return word.getLength() == 0 ? new Region(offset, 0) : word;
	}
}
