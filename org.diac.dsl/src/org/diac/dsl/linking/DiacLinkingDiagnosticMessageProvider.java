package org.diac.dsl.linking;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.ModulePaths;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** An unresolved name gets the code of LANGUAGE.md §6 that fits what the name should have named. */
public class DiacLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		String owner = describe(context.getContext());
		if (reference == MODULE_REFERENCE__TARGET) {
			return error("module reference \"{{" + name + "}}\" in " + owner + " resolves to nothing: no " + moduleHint(name)
					+ " (LANGUAGE.md §5)", IssueCodes.DIAC_REFERENCE_UNRESOLVED);
		}
		if (reference == GET_INPUT__INPUT && insideType(context.getContext())) {
			// a type's operation inputs name the inputs of whichever topology uses the type: checked there
			return null;
		}
		if (reference == GET_INPUT__INPUT) {
			return error("get_input in " + owner + " names input '" + name + "', which topology_template.inputs does not define (TOSCA 1.3 §4.4.1)",
					IssueCodes.TOSCA_FUNCTION_TARGET);
		}
		if (reference == GET_ENTITY_VALUE__ENTITY) {
			return error("function in " + owner + " names '" + name + "', which is neither SELF, SOURCE, TARGET, HOST nor a template (TOSCA 1.3 §4.5)",
					IssueCodes.TOSCA_FUNCTION_TARGET);
		}
		if (reference == REQUIREMENT_ASSIGNMENT__NODE) {
			return error("requirement of " + owner + " names node '" + name + "', which is neither a node template nor a node type (TOSCA 1.3 §3.8.2)",
					IssueCodes.TOSCA_REQUIREMENT_TARGET);
		}
		if (reference == REQUIREMENT_ASSIGNMENT__RELATIONSHIP) {
			return error("requirement of " + owner + " names relationship '" + name
					+ "', which is neither a relationship template nor a relationship type (TOSCA 1.3 §3.8.2)", IssueCodes.TOSCA_REQUIREMENT_TARGET);
		}
		if (reference == GROUP__MEMBERS || reference == POLICY__TARGETS || reference == NODE_TEMPLATE__COPY
				|| reference == RELATIONSHIP_TEMPLATE__COPY) {
			return error(owner + " names '" + name + "', which is not a template of this topology (TOSCA 1.3 §3.8)",
					IssueCodes.TOSCA_UNKNOWN_TEMPLATE);
		}
		String message = "unknown " + kind(reference) + " '" + name + "' in " + owner
				+ ": no definition in this document, its imports or the built-in TOSCA and DiaC types";
		if (reference != TYPE_DEFINITION__DERIVED_FROM && reference != PROPERTY_DEFINITION__TYPE && reference != SCHEMA__TYPE
				&& insideType(context.getContext())) {
			// TOSCA processors resolve names inside a type lazily (tosca-parser, Winery namespaces): only a template that
			// uses the type needs them, so inside types this is a warning; derived_from and property data types are needed by the type itself
			return new DiagnosticMessage(message + " (a warning here: templates that use the type need it)", Severity.WARNING,
					IssueCodes.TOSCA_UNKNOWN_TYPE);
		}
		return error(message, IssueCodes.TOSCA_UNKNOWN_TYPE);
	}

	private static boolean insideType(EObject object) {
		return EcoreUtil2.getContainerOfType(object, TypeDefinition.class) != null;
	}

	private static String moduleHint(String name) {
		int dot = name.indexOf('.');
		String module = dot < 0 ? name : name.substring(0, dot);
		return ModulePaths.MODULES.contains(module) ? "element '" + name.substring(dot + 1) + "' in module '" + module + "'"
				: "module '" + module + "' (modules: " + String.join(", ", ModulePaths.MODULES) + ")";
	}

	private static String kind(EReference reference) {
		String type = reference.getEReferenceType().getName();
		return switch (type) {
			case "NodeType" -> "node type";
			case "DataType" -> "data type";
			case "CapabilityType" -> "capability type";
			case "RelationshipType" -> "relationship type";
			case "ArtifactType" -> "artifact type";
			case "InterfaceType" -> "interface type";
			case "GroupType" -> "group type";
			case "PolicyType" -> "policy type";
			default -> "type";
		};
	}

	private static String describe(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			var feature = current.eClass().getEStructuralFeature("name");
			if (feature != null && current.eGet(feature) instanceof String name) {
				return current.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " '" + name + "'";
			}
		}
		return "the document";
	}

	private static DiagnosticMessage error(String message, String code) {
		return new DiagnosticMessage(message, Severity.ERROR, code);
	}
}
