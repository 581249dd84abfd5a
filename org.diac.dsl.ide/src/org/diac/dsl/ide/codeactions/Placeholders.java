package org.diac.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Constraint;
import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.Primitives;
import org.diac.dsl.values.Requiredness;

/**
 * A value of the right kind for a property that has to be filled in, written as flow YAML on one line: the
 * first of its {@code valid_values}, else a neutral value of its primitive type (TOSCA 1.3 §3.3), else a map
 * of the required properties of its complex data type. The user is expected to replace it; what matters is
 * that the document keeps its meaning (a number stays a number) and parses.
 */
final class Placeholders {

	private static final int MAX_DEPTH = 3;

	private Placeholders() {
	}

	static String of(PropertyDefinition definition) {
		return of(definition, 0);
	}

	private static String of(PropertyDefinition definition, int depth) {
		TypeDefinition type = definition.getType();
		if (!(type instanceof DataType dataType) || type.eIsProxy()) {
			return "\"\"";
		}
		String primitive = Primitives.of(dataType);
		String valid = firstValidValue(definition.getConstraints());
		if (valid != null) {
			// a string is quoted so that a valid value such as 1.0 stays text; other kinds are written as they are
			return "string".equals(primitive) ? '"' + valid.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : valid;
		}
		if (primitive == null) {
			return depth >= MAX_DEPTH ? "{}" : complex(dataType, depth);
		}
		return switch (primitive) {
			case "integer" -> "0";
			case "float" -> "0.0";
			case "boolean" -> "false";
			case "timestamp" -> "2026-01-01T00:00:00Z";
			case "version" -> "1.0";
			case "range" -> "[0, 1]";
			case "list" -> "[]";
			case "map" -> "{}";
			case "null" -> "null";
			case "scalar-unit.size" -> "1 GB";
			case "scalar-unit.time" -> "1 s";
			case "scalar-unit.frequency" -> "1 GHz";
			case "scalar-unit.bitrate" -> "1 Mbps";
			default -> "\"\"";
		};
	}

	/** {@code { a: …, b: … }} with the data type's required properties that have no default. */
	private static String complex(DataType type, int depth) {
		List<String> entries = new ArrayList<>();
		for (Map.Entry<String, PropertyDefinition> property : TypeMembers.properties(type).entrySet()) {
			PropertyDefinition definition = property.getValue();
			if (Requiredness.isRequired(definition) && definition.getDefault() == null && definition.getValue() == null) {
				entries.add(property.getKey() + ": " + of(definition, depth + 1));
			}
		}
		return entries.isEmpty() ? "{}" : "{ " + String.join(", ", entries) + " }";
	}

	private static String firstValidValue(List<Constraint> constraints) {
		for (Constraint constraint : constraints) {
			if ("valid_values".equals(constraint.getOperator()) && constraint.getValue() instanceof ListValue list && !list.getItems().isEmpty()) {
				Value first = list.getItems().get(0);
				if (first instanceof ScalarValue scalar && scalar.getValue() != null) {
					return scalar.getValue();
				}
			}
		}
		return null;
	}
}
