package org.diac.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Positions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Completion from the language server (keys, type and template names, module references), applied as its text edits. */
public class DiacContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		String uri = OpenDocuments.uri(document);
		if (uri == null) {
			return new ICompletionProposal[0];
		}
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), Positions.position(document, offset));
		Either<List<CompletionItem>, CompletionList> answer = LanguageSession.await(LanguageSession.get().documents().completion(params),
				"completion in " + uri);
		if (answer == null) {
			return new ICompletionProposal[0];
		}
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : items) {
			proposals.add(proposal(document, offset, item));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int end = offset;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			int[] range = Positions.offsets(document, edit.getRange());
			start = range[0];
			end = range[1];
			text = edit.getNewText();
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " — " + item.getDetail();
		String documentation = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		return new CompletionProposal(text, start, end - start, text.length(), null, display, null, documentation);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
