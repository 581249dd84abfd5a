package org.diac.dsl.values;

import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeHierarchy;

/** The TOSCA 1.3 §3.3 primitive a data type stands on, if any (a derived type such as PortDef is an integer). */
public final class Primitives {

	public static final Set<String> NAMES = Set.of("string", "integer", "float", "boolean", "timestamp", "null", "version", "range",
			"list", "map", "scalar-unit.size", "scalar-unit.time", "scalar-unit.frequency", "scalar-unit.bitrate");

	private Primitives() {
	}

	/** The primitive name of {@code type} or of its nearest primitive ancestor; null for complex data types. */
	public static String of(DataType type) {
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(type)) {
			String name = current.getName();
			if (name != null && NAMES.contains(name)) {
				return name;
			}
			if (name != null && name.startsWith("tosca.datatypes.") && NAMES.contains(name.substring("tosca.datatypes.".length()))) {
				return name.substring("tosca.datatypes.".length());
			}
		}
		return null;
	}

	/** Data types of the chain from {@code type} up, each once, for collecting inherited constraints and schemas. */
	public static List<DataType> chain(DataType type) {
		return TypeHierarchy.selfAndAncestors(type).stream().filter(DataType.class::isInstance).map(DataType.class::cast).toList();
	}

	/** Whether values of the type are free-form (the root data type itself, or an unresolved one). */
	public static boolean isOpen(DataType type) {
		return type == null || type.eIsProxy() || "tosca.datatypes.Root".equals(type.getName()) || "Root".equals(type.getName());
	}
}
