package org.diac.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.CapabilityType;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.Occurrences;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;

/**
 * Which requirements of a source template a target template can fulfil, as the TOSCA model and the DiaC profile
 * say (TOSCA 1.3 §3.7.3, the checks of the language's RequirementValidator): the target is of the definition's node
 * type, offers a capability of its capability type, the relationship's valid_target_types admit that capability or
 * the target, and the source has room left in the definition's occurrences.
 * <p>
 * Nearest definitions first (the source's own type before its ancestors), so that drawing an edge from a validator
 * to a worker writes {@code validates}, not an inherited generic requirement. Templates of the DiaC profile's types
 * are offered only what the profile's and the document's types define: {@code tosca.nodes.Root}'s {@code dependency}
 * fits every target and would turn every gesture into a valid but meaningless edge.
 */
public final class CompatibleRequirements {

	private CompatibleRequirements() {
	}

	/** The names of the source's requirements the target fits, best first; empty when none does. */
	public static List<String> between(NodeTemplate source, NodeTemplate target) {
		List<String> names = new ArrayList<>();
		if (source == target || !resolved(source.getType()) || !resolved(target.getType())) {
			return names;
		}
		for (RequirementDefinition definition : offered(source.getType())) {
			if (fits(definition, target.getType()) && hasRoom(source, definition) && !alreadyTo(source, definition.getName(), target)) {
				names.add(definition.getName());
			}
		}
		return names;
	}

	/** Whether edges may start at the template at all (its type offers any requirement). */
	public static boolean mayStart(NodeTemplate source) {
		return resolved(source.getType()) && !offered(source.getType()).isEmpty();
	}

	/** The requirement definitions of the type and its ancestors, nearest first, each name once. */
	static List<RequirementDefinition> offered(TypeDefinition type) {
		boolean profile = TypeHierarchy.selfAndAncestors(type).stream().anyMatch(t -> t.getName() != null && t.getName().startsWith("diac."));
		List<RequirementDefinition> definitions = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(type)) {
			if (profile && current.getName() != null && current.getName().startsWith("tosca.")) {
				break; // a DiaC type's own structure, not the normative root's generic dependency
			}
			if (current instanceof NodeType node) {
				for (RequirementDefinition definition : node.getRequirements()) {
					if (definition.getName() != null && !seen.contains(definition.getName())) {
						seen.add(definition.getName());
						definitions.add(TypeMembers.requirements(type).getOrDefault(definition.getName(), definition));
					}
				}
			}
		}
		return definitions;
	}

	/** Node type, capability type and the relationship's valid_target_types. */
	static boolean fits(RequirementDefinition definition, TypeDefinition target) {
		TypeDefinition node = definition.getNode();
		if (resolved(node) && !TypeHierarchy.isA(target, node)) {
			return false;
		}
		TypeDefinition capability = definition.getCapability();
		List<CapabilityType> offered = new ArrayList<>();
		for (String name : TypeMembers.capabilities(target).keySet()) {
			CapabilityType type = TypeMembers.capabilityType(target, name);
			if (type != null && (!(resolved(capability) && capability instanceof CapabilityType) || TypeHierarchy.isA(type, capability))) {
				offered.add(type);
			}
		}
		if (resolved(capability) && capability instanceof CapabilityType && offered.isEmpty()) {
			return false;
		}
		List<TypeDefinition> validTargets = validTargetTypes(definition.getRelationship());
		return validTargets.isEmpty() || validTargets.stream()
				.anyMatch(valid -> TypeHierarchy.isA(target, valid) || offered.stream().anyMatch(type -> TypeHierarchy.isA(type, valid)));
	}

	/** Fewer assignments of the requirement than its occurrences' maximum (TOSCA's default: exactly one). */
	private static boolean hasRoom(NodeTemplate source, RequirementDefinition definition) {
		Occurrences occurrences = definition.getOccurrences() == null ? Occurrences.DEFAULT : Occurrences.parse(definition.getOccurrences());
		long assigned = source.getRequirements().stream().filter(r -> definition.getName().equals(r.getName())).count();
		return occurrences == null || !occurrences.exceededBy((int) assigned + 1);
	}

	private static boolean alreadyTo(NodeTemplate source, String requirement, NodeTemplate target) {
		for (RequirementAssignment assignment : source.getRequirements()) {
			if (requirement.equals(assignment.getName()) && assignment.getNode() == target) {
				return true;
			}
		}
		return false;
	}

	private static List<TypeDefinition> validTargetTypes(TypeDefinition relationship) {
		if (!resolved(relationship)) {
			return List.of();
		}
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(relationship)) {
			if (current instanceof RelationshipType type && !type.getValidTargetTypes().isEmpty()) {
				return type.getValidTargetTypes().stream().filter(CompatibleRequirements::resolved).map(TypeDefinition.class::cast).toList();
			}
		}
		return List.of();
	}

	private static boolean resolved(TypeDefinition type) {
		return type != null && !type.eIsProxy();
	}
}
