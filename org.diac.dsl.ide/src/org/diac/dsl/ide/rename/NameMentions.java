package org.diac.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * Every place of one document where a renamed element's name is written, with its replacement text:
 * <ul>
 * <li>references to the element (requirement targets, group members, policy targets, {@code get_input},
 * {@code get_property}, {@code copy});</li>
 * <li>module references {@code "{{module.name.rest}}"} to the element or anything inside it, whose path
 * carries the name as its second segment (LANGUAGE.md §5);</li>
 * <li>names of the DiaC profile that are plain strings rather than references: Governance {@code signers}
 * and Blacklist {@code nodes} and {@code operators} (LANGUAGE.md §3), which the checks compare by name.</li>
 * </ul>
 */
public class NameMentions {

	private static final List<String> NAME_LISTS = List.of("diac.policies.Governance:signers", "diac.policies.Blacklist:nodes",
			"diac.policies.Blacklist:operators");

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	/** The replacements in {@code resource} that rename {@code target} (given by URI: it may live in another document). */
	public List<ReplaceRegion> in(XtextResource resource, URI target, String oldName, String newName) {
		List<ReplaceRegion> result = new ArrayList<>();
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					references(source, reference, target, oldName, newName, result);
				}
			}
			if (source instanceof Policy policy) {
				plainNames(policy, oldName, newName, result);
			}
		}
		return result;
	}

	private void references(EObject source, EReference reference, URI target, String oldName, String newName, List<ReplaceRegion> result) {
		for (INode node : NodeModelUtils.findNodesForFeature(source, reference)) {
			EObject referenced = elementAtOffset.getCrossReferencedElement(node);
			if (referenced == null || referenced.eIsProxy()) {
				continue;
			}
			URI uri = EcoreUtil.getURI(referenced);
			if (source instanceof ModuleReference && isWithin(uri, target)) {
				String text = NodeModelUtils.getTokenText(node);
				String renamed = renamePathSegment(text, oldName, newName);
				if (renamed != null) {
					result.add(new ReplaceRegion(node.getOffset(), node.getLength(), renamed));
				}
			} else if (uri.equals(target)) {
				result.add(new ReplaceRegion(node.getOffset(), node.getLength(), newName));
			}
		}
	}

	/** {@code "{{identity.alice.stake}}"} → {@code "{{identity.bob.stake}}"}; null when the path does not name it there. */
	static String renamePathSegment(String reference, String oldName, String newName) {
		int open = reference.indexOf("{{");
		int close = reference.lastIndexOf("}}");
		if (open < 0 || close < open) {
			return null;
		}
		String[] segments = reference.substring(open + 2, close).split("\\.", -1);
		if (segments.length < 2 || !segments[1].equals(oldName)) {
			return null;
		}
		segments[1] = newName;
		return reference.substring(0, open + 2) + String.join(".", segments) + reference.substring(close);
	}

	private static boolean isWithin(URI uri, URI target) {
		return uri.trimFragment().equals(target.trimFragment())
				&& (uri.fragment().equals(target.fragment()) || uri.fragment().startsWith(target.fragment() + "/"));
	}

	private static void plainNames(Policy policy, String oldName, String newName, List<ReplaceRegion> result) {
		for (String list : NAME_LISTS) {
			String type = list.substring(0, list.indexOf(':'));
			PropertyAssignment property = EffectiveValues.property(policy.getProperties(), list.substring(type.length() + 1));
			if (property == null || policy.getType() == null || policy.getType().eIsProxy() || !TypeHierarchy.isA(policy.getType(), type)) {
				continue;
			}
			// the effective list: written in place, or the default of the input that get_input names
			List<Value> items = EffectiveValues.items(property.getValue());
			for (Value item : items == null ? List.<Value>of() : items) {
				if (item instanceof ScalarValue scalar && oldName.equals(scalar.getValue()) && scalar.eResource() == policy.eResource()) {
					INode node = NodeModelUtils.getNode(scalar);
					boolean quoted = EffectiveValues.isQuoted(scalar);
					result.add(new ReplaceRegion(node.getOffset(), node.getLength(), quoted ? '"' + newName + '"' : newName));
				}
			}
		}
	}
}
