package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.TOSCA_FUNCTION_TARGET;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diac.dsl.diac.GetEntityValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.DataPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * {@code get_property} and {@code get_attribute} in templates (TOSCA 1.3 §4.4.2, §4.5.1): HOST needs a
 * HostedOn requirement to follow; the named property, attribute or capability must exist on the entity's
 * type; further path elements select into its value ({@link DataPath}). Functions inside types are checked
 * where a template uses the type, so they are left alone here.
 */
public class FunctionValidator extends AbstractCheckGroup {

	@Check
	public void entityValue(GetEntityValue function) {
		if (EcoreUtil2.getContainerOfType(function, TypeDefinition.class) != null) {
			return;
		}
		NodeTemplate self = EcoreUtil2.getContainerOfType(function, NodeTemplate.class);
		NodeTemplate entity = entity(function, self);
		if ("HOST".equals(function.getModelEntity()) && entity != null && !function.getPath().isEmpty()) {
			entity = hostWith(entity, EffectiveValues.text(function.getPath().get(0)), "get_attribute".equals(function.getFunction()));
		}
		if (entity == null || entity.getType() == null || entity.getType().eIsProxy() || function.getPath().isEmpty()) {
			return;
		}
		boolean attribute = "get_attribute".equals(function.getFunction());
		List<String> path = function.getPath().stream().map(EffectiveValues::text).toList();
		if (path.contains(null)) {
			return; // a nested function as path element: known at deployment
		}
		Map<String, PropertyDefinition> members = members(entity.getType(), attribute);
		String name = path.get(0);
		int next = 1;
		PropertyDefinition member = members.get(name);
		if (member == null && TypeMembers.capabilities(entity.getType()).containsKey(name) && path.size() > 1) {
			members = capabilityMembers(entity.getType(), name, attribute);
			member = members.get(path.get(1));
			name = path.get(1);
			next = 2;
			if (member == null) {
				report(function, (attribute ? "attribute" : "property") + " '" + name + "' is not defined by capability '" + path.get(0)
						+ "' of node template '" + entity.getName() + "'");
				return;
			}
		} else if (member == null && TypeMembers.requirements(entity.getType()).containsKey(name)) {
			return; // a requirement's relationship or target: resolved at deployment
		}
		if (member == null) {
			report(function, (attribute ? "attribute" : "property") + " '" + name + "' is not defined by node template '" + entity.getName()
					+ "' (type '" + entity.getType().getName() + "')");
			return;
		}
		index(function, member, path.subList(next, path.size()));
	}

	/** Path elements after the member select into its value: properties of complex data types, list indexes, map keys. */
	private void index(GetEntityValue function, PropertyDefinition member, List<String> rest) {
		String problem = DataPath.problem(member.eContainingFeature().getName().startsWith("attribute") ? "attribute" : "property", member.getName(),
				member.getType(), member.getEntrySchema(), rest);
		if (problem != null) {
			report(function, problem);
		}
	}

	private void report(GetEntityValue function, String message) {
		error(function.getFunction() + " " + message + " (TOSCA 1.3 §4.5)", function, null, TOSCA_FUNCTION_TARGET);
	}

	/** The node template a function reads from: a named template, SELF, or HOST (along HostedOn requirements). */
	private NodeTemplate entity(GetEntityValue function, NodeTemplate self) {
		if (function.getEntity() instanceof NodeTemplate named) {
			return named;
		}
		if (self == null || EcoreUtil2.getContainerOfType(function, RelationshipTemplate.class) != null) {
			return null;
		}
		if ("SELF".equals(function.getModelEntity())) {
			return self;
		}
		if ("HOST".equals(function.getModelEntity())) {
			NodeTemplate host = host(self);
			if (host == null && self.getType() != null && !self.getType().eIsProxy()) {
				error(function.getFunction() + " uses HOST in node template '" + self.getName()
						+ "', which has no requirement with a tosca.relationships.HostedOn relationship (TOSCA 1.3 §4.1)", function,
						GET_ENTITY_VALUE__MODEL_ENTITY, TOSCA_FUNCTION_TARGET);
			}
			return host;
		}
		return null;
	}

	/** HOST names the first node up the HostedOn chain that has the member (TOSCA 1.3 §4.1); else the first host. */
	private static NodeTemplate hostWith(NodeTemplate firstHost, String member, boolean attribute) {
		Set<NodeTemplate> seen = new HashSet<>();
		for (NodeTemplate current = firstHost; current != null && seen.add(current); current = host(current)) {
			if (current.getType() != null && !current.getType().eIsProxy() && members(current.getType(), attribute).containsKey(member)) {
				return current;
			}
		}
		return firstHost;
	}

	private static NodeTemplate host(NodeTemplate template) {
		if (template.getType() == null || template.getType().eIsProxy()) {
			return null;
		}
		Map<String, RequirementDefinition> definitions = TypeMembers.requirements(template.getType());
		for (RequirementAssignment requirement : template.getRequirements()) {
			EObject relationship = requirement.getRelationship();
			TypeDefinition type = relationship instanceof RelationshipType t ? t
					: relationship instanceof RelationshipTemplate t ? t.getType()
					: definitions.get(requirement.getName()) != null ? definitions.get(requirement.getName()).getRelationship() : null;
			if (type != null && !type.eIsProxy() && TypeHierarchy.isA(type, "tosca.relationships.HostedOn")
					&& requirement.getNode() instanceof NodeTemplate host) {
				return host;
			}
		}
		return null;
	}

	/** What a function may read: properties for get_property; attributes and properties for get_attribute. */
	private static Map<String, PropertyDefinition> members(TypeDefinition type, boolean attribute) {
		Map<String, PropertyDefinition> members = new LinkedHashMap<>(TypeMembers.properties(type));
		if (attribute) {
			members.putAll(TypeMembers.attributes(type));
		}
		return members;
	}

	private static Map<String, PropertyDefinition> capabilityMembers(TypeDefinition nodeType, String capability, boolean attribute) {
		Map<String, PropertyDefinition> members = new LinkedHashMap<>(TypeMembers.capabilityProperties(nodeType, capability));
		if (attribute) {
			members.putAll(TypeMembers.attributes(TypeMembers.capabilityType(nodeType, capability)));
		}
		return members;
	}
}
