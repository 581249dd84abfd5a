package org.diac.diagram.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.DiacPackage;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The properties side panel of a node template: every property its type defines (with the definition's type,
 * required flag, default and description) and every property the template assigns, each with its value as written
 * in the text. A value on one line can be edited in the panel ({@link DocumentEdits#setProperty}); a block value
 * (a map or list over several lines) is shown and edited in the text. {@code lines} are where the assignment is,
 * so that the validation's diagnostics can be put next to it.
 */
public record PropertySheet(String template, String type, List<Row> rows) {

	/** One property; {@code value} is null when the template does not assign it. */
	public record Row(String name, String type, boolean required, String defaultValue, String description, String value,
			boolean editable, boolean defined, int firstLine, int lastLine) {
	}

	public PropertySheet {
		rows = List.copyOf(rows);
	}

	static PropertySheet of(String text, NodeTemplate template) {
		Map<String, PropertyDefinition> definitions = template.getType() == null || template.getType().eIsProxy() ? Map.of()
				: TypeMembers.properties(template.getType());
		Map<String, PropertyAssignment> assigned = new LinkedHashMap<>();
		for (PropertyAssignment assignment : template.getProperties()) {
			if (assignment.getName() != null) {
				assigned.putIfAbsent(assignment.getName(), assignment);
			}
		}
		List<Row> rows = new ArrayList<>();
		definitions.forEach((name, definition) -> rows.add(row(text, name, definition, assigned.get(name))));
		assigned.forEach((name, assignment) -> {
			if (!definitions.containsKey(name)) {
				rows.add(row(text, name, null, assignment)); // not defined by the type: a diagnostic says so
			}
		});
		String type = template.getType() != null && !template.getType().eIsProxy() ? template.getType().getName()
				: written(template, DiacPackage.Literals.NODE_TEMPLATE__TYPE);
		return new PropertySheet(template.getName(), type, rows);
	}

	private static Row row(String text, String name, PropertyDefinition definition, PropertyAssignment assignment) {
		String value = null;
		boolean editable = true;
		int first = 0;
		int last = 0;
		if (assignment != null) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(assignment);
			first = node.getStartLine();
			last = NodeModelUtils.getLineAndColumn(node, TextChanges.lastTokenEnd(node)).getLine();
			if (assignment.getValue() == null) {
				value = "";
			} else {
				ICompositeNode valueNode = NodeModelUtils.findActualNodeFor(assignment.getValue());
				int start = TextChanges.firstTokenStart(valueNode);
				value = text.substring(start, TextChanges.lastTokenEnd(valueNode));
				// a block (a list or map below the key) is edited in the text, even when it is one line long
				editable = !value.contains("\n") && TextChanges.lineStart(text, start) == TextChanges.lineStart(text, TextChanges.firstTokenStart(node));
			}
		}
		if (definition == null) {
			return new Row(name, null, false, null, null, value, editable, false, first, last);
		}
		String type = written(definition, DiacPackage.Literals.PROPERTY_DEFINITION__TYPE);
		String defaultValue = definition.getDefault() == null ? null : written(definition.getDefault());
		boolean required = definition.getRequired() == null || !"false".equals(definition.getRequired().strip());
		return new Row(name, type, required, defaultValue, definition.getDescription(), value, editable, true, first, last);
	}

	/** The text of a feature as written (a type name also when it does not resolve). */
	private static String written(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The text of an element of any document (a default may live in the profile): its tokens as written. */
	private static String written(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		String whole = node.getRootNode().getText();
		int start = TextChanges.firstTokenStart(node);
		int end = TextChanges.lastTokenEnd(node);
		return start <= end && end <= whole.length() ? whole.substring(start, end) : NodeModelUtils.getTokenText(node);
	}
}
