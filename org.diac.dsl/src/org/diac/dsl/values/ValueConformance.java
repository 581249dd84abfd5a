package org.diac.dsl.values;

import static org.diac.dsl.validation.IssueCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Constraint;
import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.Schema;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.EObject;

/**
 * Checks a value against its definition (TOSCA 1.3 §3.6.10–3.6.11, LANGUAGE.md §6 "Types"): the YAML kind the
 * data type needs, scalar-unit and timestamp syntax, constraints of the definition and of the data type chain,
 * entry and key schemas, and for complex data types unknown and missing required properties, recursively.
 */
public final class ValueConformance {

	/** Deeply nested data still terminates: hostile documents nest maps thousands deep. */
	private static final int MAX_DEPTH = 64;

	private final Problems problems;

	/** Whether an unquoted number or boolean is a string (with a warning) as the whole value; see {@link #forInputs}. */
	private final boolean numbersAsStrings;

	/** Checks property values: a number or boolean as a string property's whole value is a warning. */
	public ValueConformance(Problems problems) {
		this(problems, true);
	}

	private ValueConformance(Problems problems, boolean numbersAsStrings) {
		this.problems = problems;
		this.numbersAsStrings = numbersAsStrings;
	}

	/**
	 * Checks the defaults and values of topology inputs, where a number or boolean for a string is an error even as the
	 * whole value: tosca-parser rejects it there, as inside lists, maps and data types.
	 */
	public static ValueConformance forInputs(Problems problems) {
		return new ValueConformance(problems, false);
	}

	/** Checks {@code value} assigned to the property (or input) {@code definition}; {@code what} names it. */
	public void check(String what, Value value, PropertyDefinition definition) {
		check(what, value, definition.getType(), definition.getEntrySchema(), definition.getKeySchema(), definition.getConstraints(),
				value, 0);
	}

	/** Checks {@code value} against a data type with the given schemas and constraints; reports at {@code at}. */
	public void check(String what, Value value, DataType type, Schema entrySchema, Schema keySchema, List<Constraint> constraints,
			EObject at, int depth) {
		if (value == null || type == null || type.eIsProxy() || depth > MAX_DEPTH) {
			return;
		}
		Value resolved = EffectiveValues.resolve(value);
		if (resolved == null || resolved instanceof ModuleReference) {
			return; // known at deployment only, or a module reference to a template or artifact
		}
		EObject place = resolved == value ? value : at;
		if (resolved instanceof ScalarValue scalar && YamlScalarKind.of(scalar.getValue()) == YamlScalarKind.Kind.NULL
				&& !EffectiveValues.isQuoted(scalar)) {
			return; // an explicit null: no value to check
		}
		String primitive = Primitives.of(type);
		List<Constraint> allConstraints = new ArrayList<>(constraints);
		Schema entries = entrySchema;
		Schema keys = keySchema;
		for (DataType current : Primitives.chain(type)) {
			allConstraints.addAll(current.getConstraints());
			entries = entries != null ? entries : current.getEntrySchema();
			keys = keys != null ? keys : current.getKeySchema();
		}
		if (primitive == null) {
			checkComplex(what, resolved, type, place, resolved == value, depth);
		} else if (!checkPrimitive(what, resolved, primitive, type, place, resolved == value || isAliasOf(value, resolved),
				numbersAsStrings && depth == 0)) {
			return;
		} else if ("list".equals(primitive)) {
			checkItems(what, (ListValue) resolved, entries, place, resolved == value, depth);
		} else if ("map".equals(primitive)) {
			checkEntries(what, (MapValue) resolved, entries, keys, place, resolved == value, depth);
		}
		new ConstraintCheck(problems).check(what, resolved, primitive, allConstraints, place);
	}

	private void checkComplex(String what, Value value, DataType type, EObject place, boolean literal, int depth) {
		if (Primitives.isOpen(type)) {
			return;
		}
		if (!(value instanceof MapValue map)) {
			problems.error(TOSCA_WRONG_KIND, what + " must be a map of the properties of data type '" + type.getName() + "', not "
					+ kind(value), place);
			return;
		}
		Map<String, PropertyDefinition> properties = TypeMembers.properties(type);
		if (map.getEntries().size() == 1 && !properties.containsKey(map.getEntries().get(0).getKey()) && misspeltCall(what, map)) {
			return;
		}
		for (Entry entry : map.getEntries()) {
			PropertyDefinition property = properties.get(entry.getKey());
			EObject entryPlace = literal ? entry : place;
			if (property == null) {
				problems.error(TOSCA_UNKNOWN_PROPERTY, what + " sets '" + entry.getKey() + "', which data type '" + type.getName()
						+ "' does not define" + known(properties), entryPlace);
			} else {
				check(what + "." + entry.getKey(), entry.getValue(), property.getType(), property.getEntrySchema(), property.getKeySchema(),
						property.getConstraints(), literal ? entry.getValue() != null ? entry.getValue() : entry : place, depth + 1);
			}
		}
		for (PropertyDefinition property : properties.values()) {
			if (Requiredness.isRequired(property) && property.getDefault() == null && EffectiveValues.entry(map, property.getName()) == null) {
				problems.error(TOSCA_REQUIRED_PROPERTY, what + " lacks property '" + property.getName() + "', which data type '"
						+ type.getName() + "' requires", place);
			}
		}
	}

	/**
	 * @param quotable whether {@code value} is the scalar as written, here or under the anchor an alias names (not one a
	 *        get_input or module reference brings from a place with its own type), so that quoting it is the repair
	 * @param lenient whether an unquoted number or boolean for a string is only a warning: as the whole value of a
	 *        property, where tosca-parser and xOpera read {@code port_name: 8080} as the string "8080" and real files rely
	 *        on it; inside lists, maps and data types (and in input defaults) tosca-parser rejects it, and so does DiaC
	 */
	private boolean checkPrimitive(String what, Value value, String primitive, DataType type, EObject place, boolean quotable,
			boolean lenient) {
		if ("string".equals(primitive) && value instanceof ScalarValue scalar && isUnquotedNonString(scalar)) {
			String message = what + " must be a string as its type " + typeName(type, primitive) + " requires, not " + kind(value)
					+ ", which YAML 1.2 reads as " + (YamlScalarKind.of(scalar.getValue()) == YamlScalarKind.Kind.INTEGER ? "an integer"
							: YamlScalarKind.of(scalar.getValue()) == YamlScalarKind.Kind.FLOAT ? "a float" : "a boolean");
			if (!lenient) {
				problems.error(TOSCA_WRONG_KIND, message + " (quote it; tosca-parser rejects it here too)", place);
				return false;
			}
			// a warning at the scalar, whose repair is to quote it: the language server's quick fix relies on every
			// TOSCA-WRONG-KIND warning marking a quotable scalar, so one a get_input or reference brings is not marked
			if (quotable) {
				problems.warning(TOSCA_WRONG_KIND, message + " (quote it; tosca-parser and xOpera read it as a string)", value);
			}
			return true;
		}
		String expected = "range".equals(primitive) ? (value instanceof ListValue && IntegerRange.parse(value) != null ? null : "a range [lower, upper] of integers (upper may be UNBOUNDED)")
				: "list".equals(primitive) ? (value instanceof ListValue ? null : "a list")
				: "map".equals(primitive) ? (value instanceof MapValue ? null : "a map")
				: value instanceof ScalarValue scalar ? scalarProblem(scalar, primitive) : "a scalar (" + primitive + ")";
		if (expected == null) {
			return true;
		}
		if (misspeltCall(what, value)) {
			return false;
		}
		String typeName = typeName(type, primitive);
		// a list, map or scalar in place of another of these is the wrong kind; a scalar of the wrong form violates the type
		boolean scalarExpected = !"list".equals(primitive) && !"map".equals(primitive) && !"range".equals(primitive);
		boolean rightKind = scalarExpected ? value instanceof ScalarValue
				: "map".equals(primitive) ? value instanceof MapValue : value instanceof ListValue;
		boolean wrongKind = !rightKind;
		problems.error(wrongKind ? TOSCA_WRONG_KIND : TOSCA_CONSTRAINT, what + " must be " + expected + " as its type " + typeName + " requires, not " + kind(value),
				place);
		return false;
	}

	/**
	 * A single-key map where no map can stand, whose key is a slip of a function name ({@code concatenate: [a, b]} for a
	 * string), is a call of a function that does not exist (TOSCA 1.3 §4), reported at the key.
	 */
	private boolean misspeltCall(String what, Value value) {
		if (!(value instanceof MapValue map) || map.getEntries().size() != 1) {
			return false;
		}
		Entry entry = map.getEntries().get(0);
		String function = FunctionNames.nearMiss(entry.getKey());
		if (function == null) {
			return false;
		}
		problems.error(TOSCA_FUNCTION_SIGNATURE, what + " calls '" + entry.getKey() + "', which is not a TOSCA function (did you mean '"
				+ function + "'? TOSCA 1.3 §4)", entry);
		return true;
	}

	/** A scalar that resolves to another scalar is an alias (where aliases are kept as scalars): the anchored one is written. */
	private static boolean isAliasOf(Value value, Value resolved) {
		return value instanceof ScalarValue && resolved instanceof ScalarValue && value != resolved;
	}

	private static String typeName(DataType type, String primitive) {
		return type.getName() != null && !type.getName().equals(primitive) ? "data type '" + type.getName() + "' (" + primitive + ")" : primitive;
	}

	/** An unquoted integer, float or YAML 1.2 core boolean (true/false): what YAML 1.2 does not read as a string. */
	private static boolean isUnquotedNonString(ScalarValue scalar) {
		String text = scalar.getValue();
		YamlScalarKind.Kind kind = YamlScalarKind.of(text);
		boolean coreBoolean = kind == YamlScalarKind.Kind.BOOLEAN && text.matches("(?i)true|false");
		return (kind == YamlScalarKind.Kind.INTEGER || kind == YamlScalarKind.Kind.FLOAT || coreBoolean) && !EffectiveValues.isQuoted(scalar);
	}

	/** What the scalar should have been, or null when it is a valid value of {@code primitive}. */
	private static String scalarProblem(ScalarValue scalar, String primitive) {
		String text = scalar.getValue();
		switch (primitive) {
			case "string":
				return null; // any scalar reads as text; unquoted numbers and booleans are warned about in checkPrimitive
			case "integer":
				return YamlScalarKind.integer(text) != null ? null : "an integer";
			case "float":
				return YamlScalarKind.number(text) != null ? null : "a number";
			case "boolean":
				return YamlScalarKind.bool(text) != null ? null : "true or false";
			case "timestamp":
				return PrimitiveSyntax.isTimestamp(text) ? null : "a timestamp such as 2026-11-28T10:15:00Z";
			case "version":
				return PrimitiveSyntax.isVersion(text) ? null : "a version such as 1.2 or 1.2.0";
			case "null":
				return !EffectiveValues.isQuoted(scalar) && YamlScalarKind.of(text) == YamlScalarKind.Kind.NULL ? null : "null";
			case "range":
				return "a range [lower, upper]";
			default:
				if (ScalarUnits.isScalarUnitType(primitive)) {
					return ScalarUnits.normalise(primitive, text) != null ? null
							: "a " + primitive + " value '<number> <unit>' with a unit of " + ScalarUnits.unitsOf(primitive);
				}
				return null;
		}
	}

	private void checkItems(String what, ListValue list, Schema schema, EObject place, boolean literal, int depth) {
		if (schema == null || schema.getType() == null) {
			return;
		}
		int index = 0;
		for (Value item : list.getItems()) {
			check(what + "[" + index++ + "]", item, schema.getType(), schema.getEntrySchema(), schema.getKeySchema(), schema.getConstraints(),
					literal ? item : place, depth + 1);
		}
	}

	private void checkEntries(String what, MapValue map, Schema entrySchema, Schema keySchema, EObject place, boolean literal, int depth) {
		for (Entry entry : map.getEntries()) {
			if (entrySchema != null && entrySchema.getType() != null) {
				check(what + "." + entry.getKey(), entry.getValue(), entrySchema.getType(), entrySchema.getEntrySchema(),
						entrySchema.getKeySchema(), entrySchema.getConstraints(), literal && entry.getValue() != null ? entry.getValue() : place,
						depth + 1);
			}
			if (keySchema != null && !keySchema.getConstraints().isEmpty()) {
				new ConstraintCheck(problems).checkKey(what, entry.getKey(), keySchema.getConstraints(), literal ? entry : place);
			}
		}
	}

	static String kind(Value value) {
		if (value instanceof ListValue) {
			return "a list";
		}
		if (value instanceof MapValue) {
			return "a map";
		}
		if (value instanceof ScalarValue scalar) {
			String text = scalar.getValue();
			return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
		}
		return "a function call";
	}

	private static String known(Map<String, PropertyDefinition> properties) {
		return properties.isEmpty() ? "" : " (it has " + String.join(", ", properties.keySet()) + ")";
	}

}
