package org.diac.dsl.ide.contentassist;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Completion entry point of the language server. A module reference being typed (a quote and two braces, say) is not yet a
 * token the parser knows (the string is unterminated), so it is recognised in the text and completed by
 * {@link ModuleReferenceProposals}; everything else goes through Xtext's parser-driven content assist.
 * <p>
 * Completion never fails towards the client: whatever goes wrong while proposing is logged (to standard error,
 * see {@code StderrLogging}) and answered with an empty list, since an error reply makes some editors drop the
 * request or the connection.
 */
@Singleton
public class DiacContentAssistService extends ContentAssistService {

	private static final Logger LOG = Logger.getLogger(DiacContentAssistService.class);

	@Inject
	private ModuleReferenceProposals moduleReferences;

	@Inject
	private OperationCanceledManager cancellation;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		try {
			return super.createCompletionList(document, resource, params, cancelIndicator);
		} catch (Exception | StackOverflowError e) {
			if (cancellation.isOperationCanceledException(e)) {
				throw e;
			}
			LOG.error("completion at " + params.getPosition() + " in " + params.getTextDocument().getUri() + " failed; answered with no proposals", e);
			return new CompletionList();
		}
	}

	@Override
	protected void createProposals(String document, TextRegion selection, int caretOffset, XtextResource resource,
			IIdeContentProposalAcceptor acceptor) {
		String typed = caretOffset <= document.length() ? ModuleReferenceProposals.typedBefore(document, caretOffset) : null;
		if (typed != null) {
			moduleReferences.propose(resource, typed, acceptor);
			return;
		}
		super.createProposals(document, selection, caretOffset, resource, acceptor);
	}
}
