package org.diac.dsl.values;

import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.Schema;
import org.diac.dsl.model.TypeMembers;

/**
 * Follows the nested path of a function ({@code get_input: [ server, ports, 0, port ]}, TOSCA 1.3 §4.4) through the
 * data type of what it starts from: a complex data type is entered by one of its properties, a list by an integer index,
 * a map by any key; a primitive has nothing to select. Where a type or entry schema is not known the rest of the path
 * cannot be judged and is accepted.
 */
public final class DataPath {

	/** Deeply nested paths in hostile documents still terminate. */
	private static final int MAX_DEPTH = 64;

	private DataPath() {
	}

	/**
	 * Null when {@code path} selects something in a value of {@code type} (with the given entry schema), or may; else why
	 * it does not. {@code kind} and {@code name} name the start ("input", "server"); a null element (a computed key) ends
	 * the walk.
	 */
	public static String problem(String kind, String name, DataType type, Schema entrySchema, List<String> path) {
		String where = name;
		DataType current = type;
		Schema entries = entrySchema;
		for (int i = 0; i < path.size() && i < MAX_DEPTH; i++) {
			String element = path.get(i);
			if (element == null || current == null || current.eIsProxy() || Primitives.isOpen(current)) {
				return null;
			}
			String primitive = Primitives.of(current);
			entries = entries != null ? entries : inheritedEntrySchema(current);
			if (primitive == null) {
				Map<String, PropertyDefinition> properties = TypeMembers.properties(current);
				PropertyDefinition property = properties.get(element);
				if (property == null) {
					return kind + " '" + where + "' is of data type '" + current.getName() + "', which has no property '" + element + "'"
							+ (properties.isEmpty() ? "" : " (it has " + String.join(", ", properties.keySet()) + ")");
				}
				current = property.getType();
				entries = property.getEntrySchema();
			} else if ("list".equals(primitive)) {
				if (YamlScalarKind.integer(element) == null) {
					return kind + " '" + where + "' is a list, so '" + element + "' must be an index (an integer)";
				}
				current = entries == null ? null : entries.getType();
				entries = entries == null ? null : entries.getEntrySchema();
			} else if ("map".equals(primitive)) {
				current = entries == null ? null : entries.getType();
				entries = entries == null ? null : entries.getEntrySchema();
			} else {
				return kind + " '" + where + "' is a " + primitive + ", which has no element '" + element + "' to select";
			}
			where = where + "." + element;
		}
		return null;
	}

	private static Schema inheritedEntrySchema(DataType type) {
		for (DataType current : Primitives.chain(type)) {
			if (current.getEntrySchema() != null) {
				return current.getEntrySchema();
			}
		}
		return null;
	}
}
