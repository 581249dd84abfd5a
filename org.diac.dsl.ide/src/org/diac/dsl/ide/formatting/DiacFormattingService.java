package org.diac.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Document and range formatting by {@link WhitespaceCleanup}. Xtext's formatting re-serializes regions through a
 * formatter of the grammar, which for an indentation-based YAML grammar with synthetic BEGIN/END tokens risks
 * changing what the document means; this service only edits whitespace between tokens. A document that did not
 * parse is not formatted: its tokens are not trustworthy.
 */
public class DiacFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		List<TextEdit> edits = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()
				|| !resource.getParseResult().getRootNode().getText().equals(document.getContents())) {
			return edits;
		}
		String text = document.getContents();
		for (ReplaceRegion edit : WhitespaceCleanup.edits(resource.getParseResult().getRootNode(), text, offset, offset + length)) {
			edits.add(new TextEdit(new Range(document.getPosition(edit.getOffset()), document.getPosition(edit.getEndOffset())), edit.getText()));
		}
		return edits;
	}
}
