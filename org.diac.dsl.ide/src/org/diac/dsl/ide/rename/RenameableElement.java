package org.diac.dsl.ide.rename;

import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * What rename can rename: the names of a topology's own elements (node and relationship templates, groups,
 * policies, inputs), found at their declaration or at a reference to them. Type names are left out: a type is
 * referenced by its full name, its short name and through namespace prefixes of importing documents, which a
 * text edit of one name cannot keep consistent.
 */
public class RenameableElement {

	/** The element and the text region of the name or reference the cursor is on. */
	public record Target(EObject element, String name, ITextRegion region) {
	}

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	/** The renameable element at {@code offset}, or null when there is none. */
	public Target at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			// the cursor right after a name still means that name
			leaf = offset > 0 ? NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1) : null;
		}
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		EObject referenced = elementAtOffset.resolveCrossReferencedElementAt(resource, leaf.getOffset());
		if (referenced != null) {
			return isRenameable(referenced) ? new Target(referenced, name(referenced), region(leaf)) : null;
		}
		EObject element = elementAtOffset.resolveElementAt(resource, leaf.getOffset());
		if (element == null || !isRenameable(element)) {
			return null;
		}
		for (INode nameNode : NodeModelUtils.findNodesForFeature(element, nameFeature(element))) {
			if (nameNode.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= nameNode.getEndOffset()) {
				return new Target(element, name(element), new TextRegion(nameNode.getOffset(), nameNode.getLength()));
			}
		}
		return null;
	}

	static boolean isRenameable(EObject element) {
		if (element == null || element.eIsProxy() || name(element) == null) {
			return false;
		}
		return element instanceof NodeTemplate || element instanceof RelationshipTemplate || element instanceof Group
				|| element instanceof Policy
				|| element instanceof PropertyDefinition && element.eContainer() instanceof TopologyTemplate topology
						&& topology.getInputs().contains(element);
	}

	static String name(EObject element) {
		EStructuralFeature feature = nameFeature(element);
		return feature == null ? null : (String) element.eGet(feature);
	}

	private static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	private static ITextRegion region(ILeafNode leaf) {
		return new TextRegion(leaf.getOffset(), leaf.getLength());
	}
}
