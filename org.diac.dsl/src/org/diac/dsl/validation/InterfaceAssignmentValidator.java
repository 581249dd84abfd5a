package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.InterfaceMembers;
import org.diac.dsl.model.InterfaceMembers.Input;
import org.diac.dsl.model.InterfaceMembers.Interface;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.ValueConformance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Interface assignments in templates (TOSCA 1.3 §3.6.20, §3.6.17): the interface is one the template's type defines; each
 * operation (under {@code operations:}, or directly under the interface as in TOSCA 1.0) and notification is one the
 * interface admits; an operation is an implementation (a string) or a map of implementation, inputs and outputs; and
 * inputs that have a definition (in the interface type, the type's interface definition, or the operation) are checked
 * against it like properties. Inputs without a definition are accepted: TOSCA lets templates pass further inputs, and
 * tosca-parser and xOpera do. Groups are left alone: before TOSCA 1.3 their {@code interfaces} were new interface
 * definitions, not assignments.
 */
public class InterfaceAssignmentValidator extends AbstractCheckGroup {

	/** TOSCA 1.3 §3.6.17 operation assignment keys ({@code description} as in operation definitions). */
	private static final Set<String> OPERATION_KEYS = Set.of("implementation", "inputs", "outputs", "description");

	@Inject
	private ParameterDefinitions parameters;

	@Check
	public void nodeTemplate(NodeTemplate template) {
		if (resolved(template.getType()) && template.getCopy() == null) {
			interfaces("node template '" + template.getName() + "'", template.getType(), template.getInterfaces());
		}
	}

	@Check
	public void relationshipTemplate(RelationshipTemplate template) {
		if (resolved(template.getType()) && template.getCopy() == null) {
			interfaces("relationship template '" + template.getName() + "'", template.getType(), template.getInterfaces());
		}
	}

	/** {@code relationship: {type: ..., interfaces: ...}} of a requirement assignment. */
	@Check
	public void requirement(RequirementAssignment requirement) {
		if (requirement.getRelationshipInterfaces() == null) {
			return;
		}
		TypeDefinition relationship = requirement.getRelationship() instanceof RelationshipType type ? type
				: requirement.getRelationship() instanceof RelationshipTemplate template ? template.getType() : null;
		NodeTemplate owner = EcoreUtil2.getContainerOfType(requirement, NodeTemplate.class);
		if (relationship == null && owner != null && resolved(owner.getType())) {
			RequirementDefinition definition = TypeMembers.requirements(owner.getType()).get(requirement.getName());
			relationship = definition == null ? null : definition.getRelationship();
		}
		if (resolved(relationship)) {
			interfaces("requirement '" + requirement.getName() + "' relationship", relationship, requirement.getRelationshipInterfaces());
		}
	}

	private void interfaces(String what, TypeDefinition type, Value section) {
		if (!(EffectiveValues.resolve(section) instanceof MapValue map) || EffectiveValues.isDeploymentFunction(map)) {
			return;
		}
		for (Entry assigned : map.getEntries()) {
			Interface definition = InterfaceMembers.named(type, assigned.getKey());
			if (definition == null) {
				errorAt(TOSCA_UNKNOWN_KEY, what + " assigns interface '" + assigned.getKey() + "', which type '" + type.getName()
						+ "' does not define" + names(InterfaceMembers.names(type)) + " (TOSCA 1.3 §3.6.20)", assigned);
				continue;
			}
			interfaceBody(what + " interface '" + assigned.getKey() + "'", definition, assigned);
		}
	}

	private void interfaceBody(String what, Interface definition, Entry assigned) {
		Value body = EffectiveValues.resolve(assigned.getValue());
		if (body == null || EffectiveValues.isDeploymentFunction(body)) {
			return;
		}
		if (!(body instanceof MapValue map)) {
			errorAt(TOSCA_WRONG_KIND, what + " must be a map of operations (and inputs), not " + (body instanceof ListValue ? "a list" : "a scalar"),
					assigned);
			return;
		}
		for (Entry part : map.getEntries()) {
			switch (String.valueOf(part.getKey())) {
				case "inputs" -> inputs(what, part.getValue(), definition.inputs());
				case "operations" -> members(part).forEach(operation -> operation(what, definition, operation));
				case "notifications" -> members(part).forEach(notification -> notification(what, definition, notification));
				default -> operation(what, definition, part); // TOSCA 1.0: operations directly under the interface
			}
		}
	}

	private void operation(String what, Interface definition, Entry operation) {
		Map<String, Input> defined = definition.operations().get(operation.getKey());
		if (defined == null) {
			errorAt(TOSCA_UNKNOWN_KEY, what + " assigns operation '" + operation.getKey() + "', which " + describe(definition)
					+ " does not define" + names(definition.operations().keySet()) + " (TOSCA 1.3 §3.6.20)", operation);
			return;
		}
		body(what + " operation '" + operation.getKey() + "'", operation, definition.inputs(), defined);
	}

	private void notification(String what, Interface definition, Entry notification) {
		Map<String, Input> defined = definition.notifications().get(notification.getKey());
		if (defined == null) {
			errorAt(TOSCA_UNKNOWN_KEY, what + " assigns notification '" + notification.getKey() + "', which " + describe(definition)
					+ " does not define" + names(definition.notifications().keySet()) + " (TOSCA 1.3 §3.6.20)", notification);
			return;
		}
		body(what + " notification '" + notification.getKey() + "'", notification, definition.inputs(), defined);
	}

	/** An operation is its implementation (a string: the short form) or a map of implementation, inputs and outputs. */
	private void body(String what, Entry operation, Map<String, Input> interfaceInputs, Map<String, Input> operationInputs) {
		Value body = EffectiveValues.resolve(operation.getValue());
		if (body instanceof ListValue) {
			errorAt(TOSCA_WRONG_KIND, what + " must be an implementation (a string) or a map of implementation, inputs and outputs, not a list",
					operation);
		}
		if (!(body instanceof MapValue map) || EffectiveValues.isDeploymentFunction(map)) {
			return;
		}
		Map<String, Input> inputs = new LinkedHashMap<>(interfaceInputs);
		inputs.putAll(operationInputs);
		for (Entry key : map.getEntries()) {
			if ("inputs".equals(key.getKey())) {
				inputs(what, key.getValue(), inputs);
			} else if (key.getKey() != null && !OPERATION_KEYS.contains(key.getKey())) {
				errorAt(TOSCA_UNKNOWN_KEY, what + " has key '" + key.getKey() + "'; an operation assignment has " + String.join(", ",
						OPERATION_KEYS.stream().sorted().toList()) + " (TOSCA 1.3 §3.6.17)", key);
			}
		}
	}

	private void inputs(String what, Value section, Map<String, Input> definitions) {
		if (!(EffectiveValues.resolve(section) instanceof MapValue map) || EffectiveValues.isDeploymentFunction(map)) {
			return;
		}
		ValueConformance conformance = new ValueConformance(problems());
		for (Entry input : map.getEntries()) {
			Input definition = definitions.get(input.getKey());
			if (definition != null && input.getValue() != null) {
				parameters.check(conformance, what + " input '" + input.getKey() + "'", input.getValue(), definition, input.eResource());
			}
		}
	}

	private static Iterable<Entry> members(Entry section) {
		return EffectiveValues.resolve(section.getValue()) instanceof MapValue map && !EffectiveValues.isDeploymentFunction(map)
				? map.getEntries() : java.util.List.of();
	}

	private static String describe(Interface definition) {
		return "interface '" + definition.name() + "'" + (definition.type() == null ? "" : " (type '" + definition.type().getName() + "')");
	}

	private static boolean resolved(EObject type) {
		return type != null && !type.eIsProxy();
	}

	private static String names(java.util.Collection<String> names) {
		return names.isEmpty() ? "" : " (it defines " + String.join(", ", names) + ")";
	}
}
