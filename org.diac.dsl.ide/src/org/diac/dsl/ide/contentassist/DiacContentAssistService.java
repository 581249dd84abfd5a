package org.diac.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Completion entry point of the language server. A module reference being typed (a quote and two braces, say) is not yet a
 * token the parser knows (the string is unterminated), so it is recognised in the text and completed by
 * {@link ModuleReferenceProposals}; everything else goes through Xtext's parser-driven content assist.
 */
@Singleton
public class DiacContentAssistService extends ContentAssistService {

	@Inject
	private ModuleReferenceProposals moduleReferences;

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
