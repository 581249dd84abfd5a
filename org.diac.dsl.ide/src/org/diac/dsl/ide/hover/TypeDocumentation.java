package org.diac.dsl.ide.hover;

import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import static org.diac.dsl.diac.DiacPackage.Literals.TYPE_DEFINITION__DERIVED_FROM;

/** A type definition as hover Markdown: name and kind, derived_from, description (TOSCA 1.3 §3.7.1). */
final class TypeDocumentation {

	private TypeDocumentation() {
	}

	static String of(TypeDefinition type) {
		StringBuilder text = new StringBuilder();
		text.append("**").append(type.getName()).append("** (").append(kind(type)).append(")");
		String derivedFrom = derivedFrom(type);
		if (derivedFrom != null) {
			text.append("\n\nderived_from: `").append(derivedFrom).append('`');
		}
		if (type.getDescription() != null && !type.getDescription().isBlank()) {
			text.append("\n\n").append(type.getDescription().strip());
		}
		return text.toString();
	}

	/** {@code NodeType} → {@code node type}. */
	private static String kind(TypeDefinition type) {
		String name = type.eClass().getName().replace("Type", "");
		return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " type";
	}

	/** The parent's name, as written when it does not resolve. */
	private static String derivedFrom(TypeDefinition type) {
		TypeDefinition parent = type.getDerivedFrom();
		if (parent != null && !parent.eIsProxy()) {
			return parent.getName();
		}
		var nodes = NodeModelUtils.findNodesForFeature(type, TYPE_DEFINITION__DERIVED_FROM);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
