package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.*;

import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.ArtifactDefinition;
import org.diac.dsl.diac.CapabilityAssignment;
import org.diac.dsl.diac.CapabilityDefinition;
import org.diac.dsl.diac.Constraint;
import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.ConstraintCheck;
import org.diac.dsl.values.Requiredness;
import org.diac.dsl.values.ValueConformance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * Property assignments against the definitions of their type (TOSCA 1.3 §3.6.11, LANGUAGE.md §6 "Types"):
 * unknown properties, required properties without value or default, values against data types and
 * constraints; also defaults of property definitions and inputs, and constraint operators.
 */
public class PropertyValidator extends AbstractCheckGroup {

	@Check
	public void nodeTemplate(NodeTemplate template) {
		TypeDefinition type = template.getType();
		if (!resolved(type) || template.getCopy() != null) {
			return;
		}
		String what = "node template '" + template.getName() + "'";
		// TOSCA 1.3 §3.8.3: `substitute` and `select` templates are abstract; their properties are filled in later
		boolean complete = template.getDirectives() == null;
		assignments(what, assigned(template.getProperties()), TypeMembers.properties(type), type,
				template, complete);
		Map<String, CapabilityDefinition> capabilities = TypeMembers.capabilities(type);
		for (CapabilityAssignment capability : template.getCapabilities()) {
			if (!capabilities.containsKey(capability.getName())) {
				errorAt(TOSCA_UNKNOWN_KEY, what + " assigns capability '" + capability.getName() + "', which node type '" + type.getName()
						+ "' does not define" + names(capabilities.keySet()), capability);
				continue;
			}
			assignments(what + " capability '" + capability.getName() + "'",
					assigned(capability.getProperties()),
					TypeMembers.capabilityProperties(type, capability.getName()), TypeMembers.capabilityType(type, capability.getName()),
					capability, false);
		}
		for (RequirementAssignment requirement : template.getRequirements()) {
			if (requirement.getRelationship() instanceof TypeDefinition relationship && resolved(relationship)) {
				assignments(what + " requirement '" + requirement.getName() + "' relationship",
						assigned(requirement.getRelationshipProperties()),
						TypeMembers.properties(relationship), relationship, requirement, false);
			}
		}
		for (ArtifactDefinition artifact : template.getArtifacts()) {
			if (resolved(artifact.getType())) {
				assignments(what + " artifact '" + artifact.getName() + "'", assigned(artifact.getProperties()),
						TypeMembers.properties(artifact.getType()),
						artifact.getType(), artifact, false);
			}
		}
	}

	@Check
	public void relationshipTemplate(RelationshipTemplate template) {
		if (resolved(template.getType()) && template.getCopy() == null) {
			assignments("relationship template '" + template.getName() + "'",
					assigned(template.getProperties()),
					TypeMembers.properties(template.getType()), template.getType(), template, true);
		}
	}

	@Check
	public void group(Group group) {
		if (resolved(group.getType())) {
			assignments("group '" + group.getName() + "'", assigned(group.getProperties()),
					TypeMembers.properties(group.getType()), group.getType(),
					group, true);
		}
	}

	@Check
	public void policy(Policy policy) {
		if (resolved(policy.getType())) {
			assignments("policy '" + policy.getName() + "'", assigned(policy.getProperties()),
					TypeMembers.properties(policy.getType()),
					policy.getType(), policy, true);
		}
	}

	/** A default (or an input's value) must itself be a valid value of the definition. */
	@Check
	public void definitionDefault(PropertyDefinition definition) {
		if (!resolved(definition.getType())) {
			return;
		}
		String what = (isInput(definition) ? "input '" : "property '") + definition.getName() + "'";
		ValueConformance conformance = isInput(definition) ? ValueConformance.forInputs(problems()) : new ValueConformance(problems());
		if (definition.getDefault() != null) {
			conformance.check(what + " default", definition.getDefault(), definition);
		}
		if (definition.getValue() != null) {
			conformance.check(what + " value", definition.getValue(), definition);
		}
	}

	@Check
	public void constraintOperator(Constraint constraint) {
		if (constraint.getOperator() != null && !ConstraintCheck.OPERATORS.contains(constraint.getOperator())) {
			error("constraint '" + constraint.getOperator() + "' is not a TOSCA 1.3 constraint operator (§3.6.3): use one of "
					+ String.join(", ", ConstraintCheck.OPERATORS.stream().sorted().toList()), constraint, CONSTRAINT__OPERATOR,
					TOSCA_UNKNOWN_KEY);
		}
	}

	/** One assigned property (an aliased properties map reaches the model as its replayed entries). */
	private record Assigned(String name, org.diac.dsl.diac.Value value, EObject place) {
	}

	private List<Assigned> assigned(List<PropertyAssignment> properties) {
		List<Assigned> result = new java.util.ArrayList<>();
		for (PropertyAssignment property : properties) {
			result.add(new Assigned(property.getName(), property.getValue(), property));
		}
		return result;
	}

	private void assignments(String what, List<Assigned> assigned, Map<String, PropertyDefinition> definitions,
			TypeDefinition type, EObject owner, boolean requireAll) {
		ValueConformance conformance = new ValueConformance(problems());
		for (Assigned property : assigned) {
			PropertyDefinition definition = definitions.get(property.name());
			if (definition == null) {
				errorAt(TOSCA_UNKNOWN_PROPERTY, what + " sets property '" + property.name() + "', which type '" + type.getName()
						+ "' does not define" + names(definitions.keySet()), property.place());
			} else if (property.value() != null) {
				conformance.check(what + " property '" + property.name() + "'", property.value(), definition.getType(),
						definition.getEntrySchema(), definition.getKeySchema(), definition.getConstraints(),
						property.place() instanceof PropertyAssignment ? property.value() : property.place(), 0);
			}
		}
		if (!requireAll) {
			return;
		}
		for (PropertyDefinition definition : definitions.values()) {
			if (Requiredness.isRequired(definition) && definition.getDefault() == null && definition.getValue() == null
					&& assigned.stream().noneMatch(property -> definition.getName().equals(property.name()))) {
				errorAt(TOSCA_REQUIRED_PROPERTY, what + " lacks property '" + definition.getName() + "', which type '" + type.getName()
						+ "' requires and gives no default", owner);
			}
		}
	}

	private static boolean isInput(PropertyDefinition definition) {
		return definition.eContainingFeature() == TOPOLOGY_TEMPLATE__INPUTS;
	}

	private static boolean resolved(EObject type) {
		return type != null && !type.eIsProxy();
	}

	private static String names(java.util.Collection<String> names) {
		return names.isEmpty() ? "" : " (it defines " + String.join(", ", names) + ")";
	}
}
