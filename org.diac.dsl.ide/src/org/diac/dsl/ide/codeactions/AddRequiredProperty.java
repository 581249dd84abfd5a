package org.diac.dsl.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.Requiredness;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Adds a required property that a template, group, policy or artifact lacks (TOSCA 1.3 §3.6.10), as
 * {@code name: <placeholder>} ({@link Placeholders}): as one more line of its {@code properties} block at that
 * block's indentation, as one more entry of a flow map, or as a new {@code properties:} block under the
 * element's other keys. Elements written entirely in flow style get no fix.
 */
class AddRequiredProperty implements Repair {

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		EObject holder = site.element();
		EStructuralFeature typeFeature = holder == null ? null : holder.eClass().getEStructuralFeature("type");
		EStructuralFeature propertiesFeature = holder == null ? null : holder.eClass().getEStructuralFeature("properties");
		if (typeFeature == null || propertiesFeature == null || !propertiesFeature.isMany()
				|| !(holder.eGet(typeFeature) instanceof TypeDefinition type) || type.eIsProxy()) {
			return;
		}
		@SuppressWarnings("unchecked")
		List<PropertyAssignment> assigned = (List<PropertyAssignment>) holder.eGet(propertiesFeature);
		for (Map.Entry<String, PropertyDefinition> property : TypeMembers.properties(type).entrySet()) {
			PropertyDefinition definition = property.getValue();
			if (Requiredness.isRequired(definition) && definition.getDefault() == null && definition.getValue() == null
					&& assigned.stream().noneMatch(assignment -> property.getKey().equals(assignment.getName()))) {
				String entry = property.getKey() + ": " + Placeholders.of(definition);
				Insertion insertion = assigned.isEmpty() ? newBlock(site, holder, entry) : intoBlock(site, assigned, entry);
				if (insertion != null) {
					fixes.add("Add required property '" + entry + "'", List.of(site.insert(insertion.offset(), insertion.text())));
				}
			}
		}
	}

	private record Insertion(int offset, String text) {
	}

	/** After the last assigned property: a new line at the block's indentation, or {@code , entry} in a flow map. */
	private static Insertion intoBlock(DiagnosticSite site, List<PropertyAssignment> assigned, String entry) {
		String text = site.document().getContents();
		INode firstName = nameNode(assigned.get(0));
		int end = lastTextEnd(NodeModelUtils.getNode(assigned.get(assigned.size() - 1)));
		if (firstName == null || end < 0) {
			return null;
		}
		char before = previousNonBlank(text, firstName.getOffset());
		if (before == '{' || before == ',') {
			return new Insertion(end, ", " + entry);
		}
		return new Insertion(lineEnd(text, end), newline(text) + " ".repeat(column(text, firstName.getOffset())) + entry);
	}

	/** A {@code properties:} block under the element's keys, aligned with its {@code type:} key. */
	private static Insertion newBlock(DiagnosticSite site, EObject holder, String entry) {
		String text = site.document().getContents();
		INode node = NodeModelUtils.getNode(holder);
		ILeafNode typeKey = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && "properties".equals(keyword.getValue())) {
				return null; // an empty `properties:` is there already: not worth guessing its shape
			}
			if (typeKey == null && !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && "type".equals(keyword.getValue())) {
				typeKey = leaf;
			}
		}
		int end = lastTextEnd(node);
		if (typeKey == null || end < 0 || previousNonBlank(text, typeKey.getOffset()) != '\n') {
			return null;
		}
		int column = column(text, typeKey.getOffset());
		String newline = newline(text);
		return new Insertion(lineEnd(text, end), newline + " ".repeat(column) + "properties:" + newline + " ".repeat(column + 2) + entry);
	}

	private static INode nameNode(PropertyAssignment assignment) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(assignment, assignment.eClass().getEStructuralFeature("name"));
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The end of the last real token of {@code node}: the scanner's zero-width END tokens stand where the next content starts. */
	private static int lastTextEnd(INode node) {
		int end = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	/** The end of the line the character before {@code offset} is on (a trailing comment stays on its line). */
	private static int lineEnd(String text, int offset) {
		if (offset > 0 && text.charAt(offset - 1) == '\n') {
			// the token took its line break (a block scalar): its line ends before that break
			return offset > 1 && text.charAt(offset - 2) == '\r' ? offset - 2 : offset - 1;
		}
		int at = offset;
		while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
			at++;
		}
		return at;
	}

	private static int column(String text, int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
		}
		return offset - start;
	}

	/** The nearest character before {@code offset} that is not a space, or a newline when only spaces and dashes precede it on its line. */
	private static char previousNonBlank(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return '\n';
			}
			if (c != ' ' && c != '-') {
				return c;
			}
		}
		return '\n';
	}

	private static String newline(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}
}
