package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.CapabilityDefinition;
import org.diac.dsl.diac.CapabilityType;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.MappedMembers;
import org.diac.dsl.model.Occurrences;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * Requirements (TOSCA 1.3 §3.7.3, §3.8.2, LANGUAGE.md §6 "Requirements"): the name is one the node type
 * defines; the target template is of the required node type and offers a compatible capability; the
 * relationship's valid_target_types admit it; requirement and capability occurrences hold.
 */
public class RequirementValidator extends AbstractCheckGroup {

	@Check
	public void requirements(NodeTemplate template) {
		TypeDefinition type = template.getType();
		if (type == null || type.eIsProxy()) {
			return;
		}
		Map<String, RequirementDefinition> definitions = TypeMembers.requirements(type);
		Map<String, List<RequirementAssignment>> byName = new LinkedHashMap<>();
		for (RequirementAssignment requirement : template.getRequirements()) {
			RequirementDefinition definition = definitions.get(requirement.getName());
			if (definition == null) {
				// tosca-parser and Winery accept requirements a type does not define when the assignment names its target;
				// TOSCA 1.3 §3.8.2 matches assignments to definitions by name, so a matching orchestrator would ignore it
				warningAt(TOSCA_UNKNOWN_KEY, "node template '" + template.getName() + "' has requirement '" + requirement.getName()
						+ "', which node type '" + type.getName() + "' does not define"
						+ (definitions.isEmpty() ? "" : " (it defines " + String.join(", ", definitions.keySet()) + ")"), requirement);
				continue;
			}
			byName.computeIfAbsent(requirement.getName(), name -> new ArrayList<>()).add(requirement);
			target(template, requirement, definition);
		}
		for (RequirementDefinition definition : definitions.values()) {
			Occurrences occurrences = definition.getOccurrences() == null ? Occurrences.DEFAULT : Occurrences.parse(definition.getOccurrences());
			List<RequirementAssignment> assigned = byName.getOrDefault(definition.getName(), List.of());
			if (occurrences == null) {
				continue; // malformed, reported at the definition
			}
			if (occurrences.exceededBy(assigned.size())) {
				errorAt(TOSCA_OCCURRENCES, "node template '" + template.getName() + "' assigns requirement '" + definition.getName() + "' "
						+ assigned.size() + " times; its occurrences " + occurrences + " allow at most " + occurrences.max(),
						assigned.get(assigned.size() - 1));
			} else if (!occurrences.allows(assigned.size()) && enforcesLowerBound(definition) && !isAbstract(template)
					&& !MappedMembers.isMappedRequirement(template, definition.getName())) {
				String message = "node template '" + template.getName() + "' assigns requirement '" + definition.getName() + "' "
						+ assigned.size() + " times; node type '" + type.getName() + "' requires occurrences " + occurrences;
				if (definition.getOccurrences() == null && allowsDanglingRequirements(template)) {
					// TOSCA 1.2+ lets the orchestrator fulfil an unassigned requirement; DiaC has no orchestrator to do so
					warningAt(TOSCA_OCCURRENCES, message + " (left dangling for an orchestrator to fulfil, TOSCA 1.3 §3.8.2)", template);
				} else {
					errorAt(TOSCA_OCCURRENCES, message, template);
				}
			}
		}
	}

	/**
	 * Stated lower bounds hold; TOSCA's implicit [1, 1] only for hosting requirements: in DiaC no orchestrator
	 * places a component whose host is left open, while the other implicit requirements of the normative types
	 * (storage and network of Container.Application, ...) are optional in every TOSCA processor.
	 */
	private static boolean enforcesLowerBound(RequirementDefinition definition) {
		if (definition.getOccurrences() != null) {
			return true;
		}
		TypeDefinition relationship = resolved(definition.getRelationship());
		return relationship != null && TypeHierarchy.isA(relationship, "tosca.relationships.HostedOn");
	}

	/** TOSCA 1.2 and 1.3 documents may leave requirements dangling for the orchestrator; 1.0 and 1.1 may not. */
	private static boolean allowsDanglingRequirements(NodeTemplate template) {
		org.diac.dsl.diac.ServiceTemplate root = org.eclipse.xtext.EcoreUtil2.getContainerOfType(template, org.diac.dsl.diac.ServiceTemplate.class);
		String version = root == null || root.getVersion() == null ? "" : root.getVersion().strip();
		return version.equals("tosca_simple_yaml_1_2") || version.equals("tosca_simple_yaml_1_3");
	}

	/**
	 * A template marked for substitution or selection, or whose type another service template substitutes
	 * (TOSCA 1.3 §2.10), gets its requirements from elsewhere.
	 */
	private static boolean isAbstract(NodeTemplate template) {
		if (template.getDirectives() != null) {
			return true;
		}
		if (template.eResource() == null || template.eResource().getResourceSet() == null) {
			return false;
		}
		for (org.eclipse.emf.ecore.resource.Resource resource : template.eResource().getResourceSet().getResources()) {
			for (EObject content : resource.getContents()) {
				if (content instanceof org.diac.dsl.diac.ServiceTemplate service && service.getTopology() != null
						&& service.getTopology().getSubstitutionMappings() != null) {
					NodeType substituted = service.getTopology().getSubstitutionMappings().getNodeType();
					if (substituted != null && !substituted.eIsProxy() && TypeHierarchy.isA(template.getType(), substituted)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Requirement and capability occurrences written in a definition must be a well-formed range. */
	@Check
	public void occurrencesSyntax(RequirementDefinition definition) {
		occurrencesSyntax(definition.getOccurrences(), definition);
	}

	@Check
	public void occurrencesSyntax(CapabilityDefinition definition) {
		occurrencesSyntax(definition.getOccurrences(), definition);
	}

	private void occurrencesSyntax(Value occurrences, EObject owner) {
		if (occurrences != null && !org.diac.dsl.values.EffectiveValues.isDeferred(occurrences) && Occurrences.parse(occurrences) == null) {
			error("occurrences of '" + owner.eGet(owner.eClass().getEStructuralFeature("name"))
					+ "' must be [min, max] with 0 <= min <= max (max may be UNBOUNDED) (TOSCA 1.3 §3.6.1)", owner, null, TOSCA_OCCURRENCES);
		}
	}

	/** A capability with stated occurrences accepts at most that many relationships (TOSCA 1.3 §3.7.2). */
	@Check
	public void capabilityOccurrences(TopologyTemplate topology) {
		Map<NodeTemplate, Map<String, Integer>> incoming = new HashMap<>();
		Map<TypeDefinition, Boolean> limited = new HashMap<>();
		for (NodeTemplate source : topology.getNodeTemplates()) {
			if (source.getType() == null || source.getType().eIsProxy()) {
				continue;
			}
			Map<String, RequirementDefinition> definitions = TypeMembers.requirements(source.getType());
			for (RequirementAssignment requirement : source.getRequirements()) {
				RequirementDefinition definition = definitions.get(requirement.getName());
				if (definition == null || !(requirement.getNode() instanceof NodeTemplate target) || target.getType() == null
						|| target.getType().eIsProxy()) {
					continue;
				}
				if (!limited.computeIfAbsent(target.getType(), RequirementValidator::limitsCapabilities)) {
					continue; // no capability of the target states occurrences: nothing to count against
				}
				CapabilityMatch match = matchedCapability(target.getType(), requirement, definition);
				if (match == null || match.fit() == Fit.UNCHECKED) {
					continue;
				}
				String capability = match.name();
				int count = incoming.computeIfAbsent(target, t -> new HashMap<>()).merge(capability, 1, Integer::sum);
				CapabilityDefinition capabilityDefinition = TypeMembers.capabilities(target.getType()).get(capability);
				Occurrences occurrences = capabilityDefinition == null || capabilityDefinition.getOccurrences() == null ? null
						: Occurrences.parse(capabilityDefinition.getOccurrences());
				if (occurrences != null && occurrences.exceededBy(count)) {
					errorAt(TOSCA_OCCURRENCES, "capability '" + capability + "' of node template '" + target.getName() + "' is the target of "
							+ count + " requirements; its occurrences " + occurrences + " allow at most " + occurrences.max(), requirement);
				}
			}
		}
	}

	private static boolean limitsCapabilities(TypeDefinition nodeType) {
		return TypeMembers.capabilities(nodeType).values().stream().anyMatch(capability -> capability.getOccurrences() != null);
	}

	private void target(NodeTemplate template, RequirementAssignment requirement, RequirementDefinition definition) {
		EObject node = requirement.getNode();
		String what = "requirement '" + requirement.getName() + "' of node template '" + template.getName() + "'";
		TypeDefinition requiredNode = resolved(definition.getNode());
		if (node instanceof NodeType nodeType && requiredNode != null && !TypeHierarchy.isA(nodeType, requiredNode)) {
			wrongNodeType(what + " asks for node type '" + nodeType.getName() + "', which is not a '" + requiredNode.getName()
					+ "' (TOSCA 1.3 §3.7.3)", requirement, definition, matchedCapability(nodeType, requirement, definition) == null);
			return;
		}
		if (!(node instanceof NodeTemplate target) || target.getType() == null || target.getType().eIsProxy()) {
			return;
		}
		CapabilityMatch match = matchedCapability(target.getType(), requirement, definition);
		if (requiredNode != null && !TypeHierarchy.isA(target.getType(), requiredNode)) {
			wrongNodeType(what + " targets '" + target.getName() + "' of type '" + target.getType().getName()
					+ "', but the requirement names node type '" + requiredNode.getName() + "' (TOSCA 1.3 §3.7.3)", requirement, definition,
					match == null);
			return;
		}
		if (match == null) {
			String needed = requirement.getCapability() != null ? requirement.getCapability()
					: definition.getCapability() != null ? definition.getCapability().getName() : "?";
			error(what + " targets '" + target.getName() + "', which offers no capability '" + needed + "' (its capabilities: "
					+ String.join(", ", TypeMembers.capabilities(target.getType()).keySet()) + ")", requirement, REQUIREMENT_ASSIGNMENT__NODE,
					TOSCA_REQUIREMENT_TARGET);
			return;
		}
		if (match.fit() == Fit.UNCHECKED) {
			return; // the definition names no capability type, or one nobody defines (warned at the definition)
		}
		String capability = match.name();
		if (match.fit() == Fit.MORE_GENERAL) {
			warning(what + " targets '" + target.getName() + "', whose capability '" + capability + "' is more general than the '"
					+ definition.getCapability().getName() + "' the requirement asks for", requirement, REQUIREMENT_ASSIGNMENT__NODE,
					TOSCA_REQUIREMENT_TARGET);
		}
		RelationshipType relationship = relationshipType(requirement, definition);
		List<TypeDefinition> validTargets = validTargetTypes(relationship);
		CapabilityType capabilityType = TypeMembers.capabilityType(target.getType(), capability);
		if (!validTargets.isEmpty() && capabilityType != null && validTargets.stream()
				.noneMatch(valid -> TypeHierarchy.isA(capabilityType, valid) || TypeHierarchy.isA(target.getType(), valid))) {
			error(what + " uses relationship '" + relationship.getName() + "', whose valid_target_types ("
					+ String.join(", ", validTargets.stream().map(TypeDefinition::getName).toList()) + ") do not admit capability '" + capability
					+ "' of type '" + capabilityType.getName() + "'", requirement, REQUIREMENT_ASSIGNMENT__NODE, TOSCA_REQUIREMENT_TARGET);
		}
	}

	/**
	 * A target of another node type than the requirement definition names. An error when the definition belongs to a
	 * {@code diac.*} type (the mapper and the chain rely on, say, a Validator's target being a Worker) or when the
	 * target also lacks the capability; otherwise a warning: for plain TOSCA types the node type only narrows where
	 * the capability is looked for (TOSCA 1.3 §3.7.3.2), tosca-parser accepts such targets and files in the wild use them.
	 */
	private void wrongNodeType(String message, RequirementAssignment requirement, RequirementDefinition definition, boolean capabilityMissing) {
		TypeDefinition owner = org.eclipse.xtext.EcoreUtil2.getContainerOfType(definition, TypeDefinition.class);
		boolean diacProfile = owner != null && owner.getName() != null && owner.getName().startsWith("diac.");
		if (diacProfile || capabilityMissing) {
			error(message + (diacProfile ? "; requirements of the DiaC profile admit only their node type" : ""), requirement,
					REQUIREMENT_ASSIGNMENT__NODE, TOSCA_REQUIREMENT_TARGET);
		} else {
			warning(message, requirement, REQUIREMENT_ASSIGNMENT__NODE, TOSCA_REQUIREMENT_TARGET);
		}
	}

	/** How a target's capability fits a requirement. */
	enum Fit {
		/** of the required type, or named by the assignment */
		EXACT,
		/** of an ancestor of the required type (Container offered, Container.Docker asked): accepted with a warning */
		MORE_GENERAL,
		/** the definition names no resolvable capability type: nothing to check */
		UNCHECKED
	}

	/** The capability of the target a requirement lands on, and how well it fits. */
	record CapabilityMatch(String name, Fit fit) {
	}

	/**
	 * The capability of {@code target} the requirement lands on: the one it names (by capability name or type),
	 * else the first whose type is the definition's capability type, else one of a more general type; null when
	 * there is none.
	 */
	static CapabilityMatch matchedCapability(TypeDefinition target, RequirementAssignment requirement, RequirementDefinition definition) {
		Map<String, CapabilityDefinition> capabilities = TypeMembers.capabilities(target);
		String named = requirement.getCapability();
		if (named != null) {
			if (capabilities.containsKey(named)) {
				return new CapabilityMatch(named, Fit.EXACT);
			}
			for (String name : capabilities.keySet()) {
				if (offersType(target, name, named)) {
					return new CapabilityMatch(name, Fit.EXACT);
				}
			}
			return null;
		}
		TypeDefinition required = resolved(definition.getCapability());
		if (!(required instanceof CapabilityType)) {
			return new CapabilityMatch(null, Fit.UNCHECKED);
		}
		for (String name : capabilities.keySet()) {
			CapabilityType type = TypeMembers.capabilityType(target, name);
			if (type != null && TypeHierarchy.isA(type, required)) {
				return new CapabilityMatch(name, Fit.EXACT);
			}
		}
		for (String name : capabilities.keySet()) {
			CapabilityType type = TypeMembers.capabilityType(target, name);
			if (type != null && TypeHierarchy.isA(required, type) && !isRoot(type)) {
				return new CapabilityMatch(name, Fit.MORE_GENERAL);
			}
		}
		return null;
	}

	private static boolean isRoot(CapabilityType type) {
		return type.getDerivedFrom() == null || "tosca.capabilities.Root".equals(type.getName()) || "tosca.capabilities.Node".equals(type.getName());
	}

	/** Whether capability {@code name} of the target is of type {@code typeName}, long or short (`Endpoint`) form. */
	private static boolean offersType(TypeDefinition target, String name, String typeName) {
		CapabilityType type = TypeMembers.capabilityType(target, name);
		for (TypeDefinition current : type == null ? List.<TypeDefinition>of() : TypeHierarchy.selfAndAncestors(type)) {
			String currentName = current.getName();
			if (currentName != null && (currentName.equals(typeName) || currentName.endsWith("." + typeName))) {
				return true;
			}
		}
		return false;
	}

	private static RelationshipType relationshipType(RequirementAssignment requirement, RequirementDefinition definition) {
		EObject relationship = requirement.getRelationship();
		if (relationship instanceof RelationshipType type && !type.eIsProxy()) {
			return type;
		}
		if (relationship instanceof RelationshipTemplate template && template.getType() != null && !template.getType().eIsProxy()) {
			return template.getType();
		}
		return resolved(definition.getRelationship()) instanceof RelationshipType type ? type : null;
	}

	private static List<TypeDefinition> validTargetTypes(RelationshipType relationship) {
		if (relationship == null) {
			return List.of();
		}
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(relationship)) {
			if (current instanceof RelationshipType type && !type.getValidTargetTypes().isEmpty()) {
				return type.getValidTargetTypes().stream().filter(t -> t != null && !t.eIsProxy()).toList();
			}
		}
		return List.of();
	}

	private static TypeDefinition resolved(TypeDefinition type) {
		return type == null || type.eIsProxy() ? null : type;
	}
}
