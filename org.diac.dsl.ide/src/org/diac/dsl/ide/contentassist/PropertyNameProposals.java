package org.diac.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.ide.hover.PropertyDefinitions;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

import com.google.inject.Inject;

/**
 * Proposes the property names a template (policy, group, ...) may assign: those its type and the type's
 * ancestors define (TOSCA 1.3 §3.8.3), less those already assigned.
 */
public class PropertyNameProposals {

	@Inject
	private PropertyDefinitions propertyDefinitions;

	@Inject
	private IdeContentProposalCreator proposalCreator;

	@Inject
	private IdeContentProposalPriorities priorities;

	public void propose(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject holder = context.getCurrentModel() instanceof PropertyAssignment assignment ? assignment.eContainer() : context.getCurrentModel();
		Map<String, PropertyDefinition> available = propertyDefinitions.available(holder);
		Set<String> assigned = assigned(holder);
		for (PropertyDefinition definition : available.values()) {
			if (assigned.contains(definition.getName()) || !acceptor.canAcceptMoreProposals()) {
				continue;
			}
			ContentAssistEntry entry = proposalCreator.createProposal(definition.getName(), context);
			if (entry != null) {
				entry.setKind(ContentAssistEntry.KIND_PROPERTY);
				entry.setDescription(definition.getType() == null || definition.getType().eIsProxy() ? null : definition.getType().getName());
				acceptor.accept(entry, priorities.getDefaultPriority(entry));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> assigned(EObject holder) {
		Set<String> names = new HashSet<>();
		EStructuralFeature properties = holder == null ? null : holder.eClass().getEStructuralFeature("properties");
		if (properties != null && properties.isMany()) {
			for (Object value : (Iterable<Object>) holder.eGet(properties)) {
				if (value instanceof PropertyAssignment assignment && assignment.getName() != null) {
					names.add(assignment.getName());
				}
			}
		}
		return names;
	}
}
