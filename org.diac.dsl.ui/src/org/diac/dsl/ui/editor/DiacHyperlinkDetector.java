package org.diac.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Positions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Go to definition (Ctrl+click, F3): the server's definition locations, across imports and into the built-in library. */
public class DiacHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		String uri = OpenDocuments.uri(document);
		if (uri == null) {
			return null;
		}
		Either<List<? extends Location>, List<? extends LocationLink>> answer = LanguageSession.await(LanguageSession.get().documents()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), Positions.position(document, region.getOffset()))),
				"definition in " + uri);
		if (answer == null) {
			return null;
		}
		IRegion word = Words.at(document, region.getOffset());
		List<IHyperlink> links = new ArrayList<>();
		if (answer.isLeft()) {
			answer.getLeft().forEach(location -> links.add(new DefinitionHyperlink(word, location.getUri(), location.getRange())));
		} else {
			answer.getRight().forEach(link -> links.add(new DefinitionHyperlink(word, link.getTargetUri(), link.getTargetSelectionRange())));
		}
		return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
	}

	/** The name under the caret, for the link's underline. */
	static final class Words {
		private Words() {
		}

		static IRegion at(IDocument document, int offset) {
			String text = document.get();
			int start = Math.min(offset, text.length());
			int end = start;
			while (start > 0 && isNamePart(text.charAt(start - 1))) {
				start--;
			}
			while (end < text.length() && isNamePart(text.charAt(end))) {
				end++;
			}
			return new Region(start, end - start);
		}

		private static boolean isNamePart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
		}
	}
}
