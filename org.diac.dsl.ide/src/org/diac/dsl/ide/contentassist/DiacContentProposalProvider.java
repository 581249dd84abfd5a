package org.diac.dsl.ide.contentassist;

import org.diac.dsl.services.DiacGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScope;

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
		if (GrammarUtil.containingParserRule(reference) != null && GrammarUtil.containingParserRule(reference).isWildcard()) {
			wildcardFragmentProposals(reference, context, acceptor);
			return;
		}
		super._createProposals(reference, context, acceptor);
	}

	/**
	 * Xtext looks for the reference's type in the rule around it, and a wildcard fragment ({@code TypeCommon*}:
	 * derived_from of every kind of type) has none, so it proposed nothing there. The reference is the feature of
	 * that name of the element being completed: the current model, or the nearest element around the last
	 * complete node that has it.
	 */
	private void wildcardFragmentProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject owner = context.getCurrentModel();
		if (owner == null || GrammarUtil.getReference(reference, owner.eClass()) == null) {
			owner = context.getLastCompleteNode() == null ? null : NodeModelUtils.findActualSemanticObjectFor(context.getLastCompleteNode());
			while (owner != null && GrammarUtil.getReference(reference, owner.eClass()) == null) {
				owner = owner.eContainer();
			}
		}
		if (owner != null) {
			EReference feature = GrammarUtil.getReference(reference, owner.eClass());
			IScope scope = getScopeProvider().getScope(owner, feature);
			getCrossrefProposalProvider().lookupCrossReference(scope, reference, context, acceptor, getCrossrefFilter(reference, context));
		}
	}
}
