package org.diac.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.ArtifactType;
import org.diac.dsl.diac.CapabilityDefinition;
import org.diac.dsl.diac.CapabilityType;
import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.GroupType;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PolicyType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.TypeDefinition;

/**
 * The members a type has once {@code derived_from} is taken into account (TOSCA 1.3 §3.7.1): inherited
 * definitions first, a derived type's definition of the same name refining (replacing) its parent's.
 */
public final class TypeMembers {

	private TypeMembers() {
	}

	/** Property definitions of {@code type} and its ancestors by name; empty for types without properties. */
	public static Map<String, PropertyDefinition> properties(TypeDefinition type) {
		Map<String, PropertyDefinition> result = new LinkedHashMap<>();
		if (type == null) {
			return result;
		}
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			for (PropertyDefinition property : ownProperties(current)) {
				if (property.getName() != null) {
					result.put(property.getName(), property);
				}
			}
		}
		return result;
	}

	/** Attribute definitions of {@code type} and its ancestors by name. */
	public static Map<String, PropertyDefinition> attributes(TypeDefinition type) {
		Map<String, PropertyDefinition> result = new LinkedHashMap<>();
		if (type == null) {
			return result;
		}
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			List<PropertyDefinition> own = current instanceof NodeType node ? node.getAttributes()
					: current instanceof CapabilityType capability ? capability.getAttributes()
					: current instanceof RelationshipType relationship ? relationship.getAttributes()
					: current instanceof GroupType group ? group.getAttributes() : List.of();
			for (PropertyDefinition attribute : own) {
				if (attribute.getName() != null) {
					result.put(attribute.getName(), attribute);
				}
			}
		}
		return result;
	}

	/** Requirement definitions of a node type and its ancestors, by name (TOSCA keeps them in a list). */
	public static Map<String, RequirementDefinition> requirements(TypeDefinition type) {
		Map<String, RequirementDefinition> result = new LinkedHashMap<>();
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			List<RequirementDefinition> own = current instanceof NodeType node ? node.getRequirements()
					: current instanceof GroupType group ? group.getRequirements() : List.of();
			for (RequirementDefinition requirement : own) {
				if (requirement.getName() != null) {
					result.put(requirement.getName(), requirement);
				}
			}
		}
		return result;
	}

	/** Capability definitions of a node type and its ancestors, by name. */
	public static Map<String, CapabilityDefinition> capabilities(TypeDefinition type) {
		Map<String, CapabilityDefinition> result = new LinkedHashMap<>();
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			List<CapabilityDefinition> own = current instanceof NodeType node ? node.getCapabilities()
					: current instanceof GroupType group ? group.getCapabilities() : List.of();
			for (CapabilityDefinition capability : own) {
				if (capability.getName() != null) {
					result.put(capability.getName(), capability);
				}
			}
		}
		return result;
	}

	/** The capability type of a definition, following the definition's refinements up the node type chain. */
	public static CapabilityType capabilityType(TypeDefinition nodeType, String capabilityName) {
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(nodeType)) {
			List<CapabilityDefinition> own = current instanceof NodeType node ? node.getCapabilities()
					: current instanceof GroupType group ? group.getCapabilities() : List.of();
			for (CapabilityDefinition capability : own) {
				if (capabilityName.equals(capability.getName()) && capability.getType() != null && !capability.getType().eIsProxy()) {
					return capability.getType();
				}
			}
		}
		return null;
	}

	/** Properties a capability assignment may set: the capability type's, refined by the definition's own. */
	public static Map<String, PropertyDefinition> capabilityProperties(TypeDefinition nodeType, String capabilityName) {
		Map<String, PropertyDefinition> result = properties(capabilityType(nodeType, capabilityName));
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(nodeType));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			CapabilityDefinition definition = current instanceof NodeType node ? find(node.getCapabilities(), capabilityName) : null;
			if (definition != null) {
				for (PropertyDefinition property : definition.getProperties()) {
					result.put(property.getName(), property);
				}
			}
		}
		return result;
	}

	private static CapabilityDefinition find(List<CapabilityDefinition> capabilities, String name) {
		for (CapabilityDefinition capability : capabilities) {
			if (name.equals(capability.getName())) {
				return capability;
			}
		}
		return null;
	}

	private static List<PropertyDefinition> ownProperties(TypeDefinition type) {
		if (type instanceof NodeType node) {
			return node.getProperties();
		} else if (type instanceof DataType data) {
			return data.getProperties();
		} else if (type instanceof CapabilityType capability) {
			return capability.getProperties();
		} else if (type instanceof RelationshipType relationship) {
			return relationship.getProperties();
		} else if (type instanceof GroupType group) {
			return group.getProperties();
		} else if (type instanceof PolicyType policy) {
			return policy.getProperties();
		} else if (type instanceof ArtifactType artifact) {
			return artifact.getProperties();
		}
		return List.of();
	}
}
