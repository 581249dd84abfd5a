package org.diac.dsl.ide.hover;

import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A property definition as hover Markdown: name, data type, whether required (TOSCA 1.3 §3.6.10: true unless
 * said otherwise), default, description, and the type that defines it.
 */
final class PropertyDocumentation {

	private PropertyDocumentation() {
	}

	static String of(PropertyDefinition property) {
		StringBuilder text = new StringBuilder();
		text.append("**").append(property.getName()).append("**");
		DataType type = property.getType();
		if (type != null && !type.eIsProxy()) {
			text.append(": `").append(type.getName()).append('`');
		}
		text.append("\n\nrequired: ").append(property.getRequired() == null ? "true" : property.getRequired().strip());
		String defaultValue = sourceText(property.getDefault());
		if (defaultValue != null) {
			text.append("\n\ndefault: `").append(defaultValue).append('`');
		}
		if (property.getDescription() != null && !property.getDescription().isBlank()) {
			text.append("\n\n").append(property.getDescription().strip());
		}
		if (property.eContainer() instanceof TypeDefinition owner) {
			text.append("\n\n*defined by* `").append(owner.getName()).append('`');
		}
		return text.toString();
	}

	private static String sourceText(EObject value) {
		ICompositeNode node = value == null ? null : NodeModelUtils.findActualNodeFor(value);
		return node == null ? null : NodeModelUtils.getTokenText(node).strip();
	}
}
