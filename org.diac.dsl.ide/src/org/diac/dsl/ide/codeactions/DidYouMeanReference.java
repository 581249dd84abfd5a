package org.diac.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Replaces a name that resolves to nothing (an unknown type, template, requirement target or {@code get_input}
 * input) by the nearest names the scope offers at that place: the same names completion proposes there.
 * A name that resolves, but to an incompatible element, gets no fix.
 */
class DidYouMeanReference implements Repair {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		INode node = elementAtOffset.getCrossReferenceNode(site.resource(), new TextRegion(site.start(), 0));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return;
		}
		EObject resolved = elementAtOffset.getCrossReferencedElement(node);
		EObject source = NodeModelUtils.findActualSemanticObjectFor(node);
		if (resolved != null && !resolved.eIsProxy() || source == null) {
			return;
		}
		EReference reference = GrammarUtil.getReference(crossReference);
		List<String> candidates = new ArrayList<>();
		for (IEObjectDescription description : scopes.getScope(source, reference).getAllElements()) {
			candidates.add(names.toString(description.getName()));
		}
		for (String name : NearestNames.to(unquoted(NodeModelUtils.getTokenText(node)), candidates)) {
			fixes.add("Change to '" + name + "'", List.of(site.replace(node, name)));
		}
	}

	private static String unquoted(String text) {
		boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0);
		return quoted ? text.substring(1, text.length() - 1) : text;
	}
}
