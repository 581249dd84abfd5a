package org.diac.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	/**
	 * Member maps computed while a {@link #remember()} scope is open on this thread; the scope spans one
	 * validation run, in which the model does not change, so nothing outlives an edit.
	 */
	private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

	private static final class Memo {
		final Map<TypeDefinition, Map<String, PropertyDefinition>> properties = new HashMap<>();
		final Map<TypeDefinition, Map<String, PropertyDefinition>> attributes = new HashMap<>();
		final Map<TypeDefinition, Map<String, RequirementDefinition>> requirements = new HashMap<>();
		final Map<TypeDefinition, Map<String, CapabilityDefinition>> capabilities = new HashMap<>();
		final Map<TypeDefinition, Map<String, Map<String, PropertyDefinition>>> capabilityProperties = new HashMap<>();
		final Map<TypeDefinition, Map<String, CapabilityType>> capabilityTypes = new HashMap<>();
		final Map<TypeDefinition, List<TypeDefinition>> ancestors = new HashMap<>();
	}

	/** {@link TypeHierarchy#selfAndAncestors}, remembered (unmodifiable) while a scope is open. */
	static List<TypeDefinition> rememberedAncestors(TypeDefinition type, Function<TypeDefinition, List<TypeDefinition>> compute) {
		Memo memo = MEMO.get();
		if (memo == null || type == null) {
			return compute.apply(type);
		}
		List<TypeDefinition> result = memo.ancestors.get(type);
		if (result == null) {
			result = Collections.unmodifiableList(compute.apply(type));
			memo.ancestors.put(type, result);
		}
		return result;
	}

	/** An open scope in which member maps are computed once per type; close it when the model may change again. */
	public interface Scope extends AutoCloseable {
		@Override
		void close();
	}

	/**
	 * Opens a scope in which the maps this class returns are remembered (and unmodifiable); nested calls share the
	 * outermost scope. Only for work during which no document changes, such as one validation run.
	 */
	public static Scope remember() {
		if (MEMO.get() != null) {
			return () -> {
			};
		}
		MEMO.set(new Memo());
		return MEMO::remove;
	}

	private static <K, V> Map<String, V> memo(Function<Memo, Map<K, Map<String, V>>> table, K key,
			Function<K, Map<String, V>> compute) {
		Memo memo = MEMO.get();
		if (memo == null || key == null) {
			return compute.apply(key);
		}
		Map<K, Map<String, V>> cache = table.apply(memo);
		Map<String, V> result = cache.get(key);
		if (result == null) {
			result = Collections.unmodifiableMap(compute.apply(key));
			cache.put(key, result);
		}
		return result;
	}

	/** Property definitions of {@code type} and its ancestors by name; empty for types without properties. */
	public static Map<String, PropertyDefinition> properties(TypeDefinition type) {
		return memo(memo -> memo.properties, type, TypeMembers::computeProperties);
	}

	private static Map<String, PropertyDefinition> computeProperties(TypeDefinition type) {
		return inherited(type, TypeMembers::ownProperties, PropertyDefinition::getName);
	}

	/**
	 * The members {@code own} gives each type of the chain, by name: ancestors first, so that a derived type's
	 * member of the same name replaces (refines) the inherited one.
	 */
	private static <T> Map<String, T> inherited(TypeDefinition type, Function<TypeDefinition, List<T>> own, Function<T, String> name) {
		Map<String, T> result = new LinkedHashMap<>();
		if (type == null) {
			return result;
		}
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			for (T member : own.apply(current)) {
				if (name.apply(member) != null) {
					result.put(name.apply(member), member);
				}
			}
		}
		return result;
	}

	/** Attribute definitions of {@code type} and its ancestors by name. */
	public static Map<String, PropertyDefinition> attributes(TypeDefinition type) {
		return memo(memo -> memo.attributes, type, TypeMembers::computeAttributes);
	}

	private static Map<String, PropertyDefinition> computeAttributes(TypeDefinition type) {
		return inherited(type, TypeMembers::ownAttributes, PropertyDefinition::getName);
	}

	private static List<PropertyDefinition> ownAttributes(TypeDefinition type) {
		return type instanceof NodeType node ? node.getAttributes()
				: type instanceof CapabilityType capability ? capability.getAttributes()
				: type instanceof RelationshipType relationship ? relationship.getAttributes()
				: type instanceof GroupType group ? group.getAttributes() : List.of();
	}

	/** Requirement definitions of a node type and its ancestors, by name (TOSCA keeps them in a list). */
	public static Map<String, RequirementDefinition> requirements(TypeDefinition type) {
		return memo(memo -> memo.requirements, type, TypeMembers::computeRequirements);
	}

	private static Map<String, RequirementDefinition> computeRequirements(TypeDefinition type) {
		return inherited(type, current -> current instanceof NodeType node ? node.getRequirements()
				: current instanceof GroupType group ? group.getRequirements() : List.<RequirementDefinition>of(), RequirementDefinition::getName);
	}

	/** Capability definitions of a node type and its ancestors, by name. */
	public static Map<String, CapabilityDefinition> capabilities(TypeDefinition type) {
		return memo(memo -> memo.capabilities, type, TypeMembers::computeCapabilities);
	}

	private static Map<String, CapabilityDefinition> computeCapabilities(TypeDefinition type) {
		return inherited(type, TypeMembers::ownCapabilities, CapabilityDefinition::getName);
	}

	private static List<CapabilityDefinition> ownCapabilities(TypeDefinition type) {
		return type instanceof NodeType node ? node.getCapabilities() : type instanceof GroupType group ? group.getCapabilities() : List.of();
	}

	/** The capability type of a definition, following the definition's refinements up the node type chain. */
	public static CapabilityType capabilityType(TypeDefinition nodeType, String capabilityName) {
		Memo memo = MEMO.get();
		if (memo == null || nodeType == null || capabilityName == null) {
			return computeCapabilityType(nodeType, capabilityName);
		}
		Map<String, CapabilityType> byName = memo.capabilityTypes.computeIfAbsent(nodeType, type -> new HashMap<>());
		if (byName.containsKey(capabilityName)) {
			return byName.get(capabilityName);
		}
		CapabilityType result = computeCapabilityType(nodeType, capabilityName);
		byName.put(capabilityName, result);
		return result;
	}

	private static CapabilityType computeCapabilityType(TypeDefinition nodeType, String capabilityName) {
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(nodeType)) {
			for (CapabilityDefinition capability : ownCapabilities(current)) {
				if (capabilityName.equals(capability.getName()) && capability.getType() != null && !capability.getType().eIsProxy()) {
					return capability.getType();
				}
			}
		}
		return null;
	}

	/** Properties a capability assignment may set: the capability type's, refined by the definition's own. */
	public static Map<String, PropertyDefinition> capabilityProperties(TypeDefinition nodeType, String capabilityName) {
		Memo memo = MEMO.get();
		if (memo == null || nodeType == null || capabilityName == null) {
			return computeCapabilityProperties(nodeType, capabilityName);
		}
		Map<String, Map<String, PropertyDefinition>> byName = memo.capabilityProperties.computeIfAbsent(nodeType, type -> new HashMap<>());
		Map<String, PropertyDefinition> result = byName.get(capabilityName);
		if (result == null) {
			result = Collections.unmodifiableMap(computeCapabilityProperties(nodeType, capabilityName));
			byName.put(capabilityName, result);
		}
		return result;
	}

	private static Map<String, PropertyDefinition> computeCapabilityProperties(TypeDefinition nodeType, String capabilityName) {
		Map<String, PropertyDefinition> result = new LinkedHashMap<>(properties(capabilityType(nodeType, capabilityName)));
		result.putAll(inherited(nodeType, current -> {
			CapabilityDefinition definition = current instanceof NodeType node ? find(node.getCapabilities(), capabilityName) : null;
			return definition == null ? List.<PropertyDefinition>of() : definition.getProperties();
		}, PropertyDefinition::getName));
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
