package org.diac.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.GroupType;
import org.diac.dsl.diac.InterfaceDefinition;
import org.diac.dsl.diac.InterfaceType;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;

/**
 * The interfaces a node, relationship or group type has (TOSCA 1.3 §3.7.5), once {@code derived_from} is taken into
 * account, and the operations, notifications and input definitions each admits: those of its interface type and that
 * type's ancestors, then those the interface definitions in the type chain add. Operations are written under
 * {@code operations:} (TOSCA 1.3) or directly under the interface (TOSCA 1.0); both count.
 */
public final class InterfaceMembers {

	/**
	 * One input definition: a property definition ({@code inputs} of an interface type) or a generic parameter
	 * definition map ({@code {type: string, ...}} in interface definitions and operations).
	 */
	public record Input(String name, PropertyDefinition definition, Value generic) {
	}

	/** What an interface admits: operation and notification names, and input definitions per operation and for all. */
	public record Interface(String name, InterfaceType type, Map<String, Map<String, Input>> operations,
			Map<String, Map<String, Input>> notifications, Map<String, Input> inputs) {
	}

	private InterfaceMembers() {
	}

	/** Interface names of the type and its ancestors (a derived type's definition of a name refines its parent's). */
	public static List<String> names(TypeDefinition type) {
		List<String> names = new ArrayList<>();
		for (InterfaceDefinition definition : definitions(type)) {
			if (definition.getName() != null && !names.contains(definition.getName())) {
				names.add(definition.getName());
			}
		}
		return names;
	}

	/**
	 * The interface a template's {@code interfaces:} key names: by name, or by the name (long or short) of its interface
	 * type, as TOSCA 1.0 files write {@code tosca.interfaces.node.lifecycle.Standard:}; null when the type has none.
	 */
	public static Interface named(TypeDefinition type, String key) {
		if (key == null) {
			return null;
		}
		String name = names(type).contains(key) ? key : null;
		for (InterfaceDefinition definition : name != null ? List.<InterfaceDefinition>of() : definitions(type)) {
			InterfaceType interfaceType = definition.getType();
			if (interfaceType != null && !interfaceType.eIsProxy() && interfaceType.getName() != null
					&& (interfaceType.getName().equals(key) || interfaceType.getName().endsWith("." + key))) {
				name = definition.getName();
			}
		}
		return name == null ? null : build(type, name);
	}

	private static Interface build(TypeDefinition type, String name) {
		List<InterfaceDefinition> layers = new ArrayList<>();
		InterfaceType interfaceType = null;
		for (InterfaceDefinition definition : definitions(type)) {
			if (name.equals(definition.getName())) {
				layers.add(definition);
				if (definition.getType() != null && !definition.getType().eIsProxy()) {
					interfaceType = definition.getType();
				}
			}
		}
		Map<String, Map<String, Input>> operations = new LinkedHashMap<>();
		Map<String, Map<String, Input>> notifications = new LinkedHashMap<>();
		Map<String, Input> inputs = new LinkedHashMap<>();
		List<TypeDefinition> typeChain = interfaceType == null ? List.of() : new ArrayList<>(TypeHierarchy.selfAndAncestors(interfaceType));
		Collections.reverse(typeChain);
		for (TypeDefinition current : typeChain) {
			if (current instanceof InterfaceType layer) {
				for (PropertyDefinition input : layer.getInputs()) {
					inputs.put(input.getName(), new Input(input.getName(), input, null));
				}
				addOperations(operations, layer.getOperations(), layer.getExtensions());
				addOperations(notifications, layer.getNotifications(), List.of());
			}
		}
		for (InterfaceDefinition layer : layers) {
			inputs.putAll(definitionsIn(layer.getInputs()));
			addOperations(operations, layer.getOperations(), layer.getExtensions());
			addOperations(notifications, layer.getNotifications(), List.of());
		}
		return new Interface(name, interfaceType, operations, notifications, inputs);
	}

	/** Operations under {@code operations:} and (TOSCA 1.0) as the remaining keys; each with its input definitions. */
	private static void addOperations(Map<String, Map<String, Input>> operations, Value section, List<Entry> direct) {
		Map<String, Value> written = new LinkedHashMap<>();
		for (Entry entry : direct) {
			written.putIfAbsent(entry.getKey(), entry.getValue());
		}
		Map<String, Value> listed = EffectiveValues.entries(section);
		if (listed != null) {
			listed.forEach(written::putIfAbsent);
		}
		written.forEach((name, operation) -> {
			Map<String, Input> inputs = operations.computeIfAbsent(name, key -> new LinkedHashMap<>());
			Entry inputSection = EffectiveValues.entry(operation, "inputs");
			if (inputSection != null) {
				inputs.putAll(definitionsIn(inputSection.getValue()));
			}
		});
	}

	/** Input definitions in a generic map: entries whose value is a parameter definition (it has a {@code type}). */
	private static Map<String, Input> definitionsIn(Value section) {
		Map<String, Input> inputs = new LinkedHashMap<>();
		Map<String, Value> entries = EffectiveValues.entries(section);
		if (entries != null) {
			entries.forEach((key, value) -> {
				if (EffectiveValues.entry(value, "type") != null) {
					inputs.put(key, new Input(key, null, value));
				}
			});
		}
		return inputs;
	}

	/** Interface definitions of the type chain, ancestors first. */
	private static List<InterfaceDefinition> definitions(TypeDefinition type) {
		List<InterfaceDefinition> result = new ArrayList<>();
		if (type == null) {
			return result;
		}
		List<TypeDefinition> chain = new ArrayList<>(TypeHierarchy.selfAndAncestors(type));
		Collections.reverse(chain);
		for (TypeDefinition current : chain) {
			result.addAll(own(current));
		}
		return result;
	}

	private static List<InterfaceDefinition> own(EObject type) {
		return type instanceof NodeType node ? node.getInterfaces()
				: type instanceof RelationshipType relationship ? relationship.getInterfaces()
				: type instanceof GroupType group ? group.getInterfaces() : List.of();
	}
}
