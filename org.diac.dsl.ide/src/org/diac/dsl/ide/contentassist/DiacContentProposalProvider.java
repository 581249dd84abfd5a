package org.diac.dsl.ide.contentassist;

import org.diac.dsl.services.DiacGrammarAccess;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * What the parser expects at the cursor, as proposals: TOSCA keys valid there (keywords of the typed rules),
 * property names the holder's type defines, names from the scopes (types, templates, inputs) and module
 * references. Left out: punctuation, keywords
 * that the grammar admits again as user-chosen names or scalars, and Xtext's feature-name placeholders.
 */
public class DiacContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private DiacGrammarAccess grammar;

	@Inject
	private ModuleReferenceProposals moduleReferences;

	@Inject
	private PropertyNameProposals propertyNames;

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && (rule == null || !GrammarUtil.isDatatypeRule(rule));
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getPropertyAssignmentAccess().getNameAssignment_0()) {
			propertyNames.propose(context, acceptor);
		} else if (assignment.getTerminal() instanceof CrossReference) {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (reference == grammar.getModuleReferenceAccess().getTargetEObjectCrossReference_0()) {
			moduleReferences.propose(context.getResource(), context.getPrefix(), acceptor);
			return;
		}
		super._createProposals(reference, context, acceptor);
	}
}
