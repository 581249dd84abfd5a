package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.TOSCA_FUNCTION_SIGNATURE;

import java.math.BigInteger;
import java.util.List;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.GetEntityValue;
import org.diac.dsl.diac.GetInput;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.Value;
import org.diac.dsl.values.FunctionNames;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.YamlScalarKind;
import org.eclipse.xtext.validation.Check;

/**
 * The signatures of TOSCA 1.3 functions (§4.3–§4.8) wherever functions are evaluated ({@link FunctionPlaces}): the
 * function exists, and has as many arguments, of the kinds, as it takes. Arguments that are themselves calls are
 * accepted wherever a value is (their result is known at deployment). What the arguments name is checked by
 * {@link FunctionValidator} and {@link FunctionTargetValidator}.
 */
public class FunctionSignatureValidator extends AbstractCheckGroup {

	@Check
	public void call(MapValue map) {
		if (map.getEntries().size() != 1 || !FunctionPlaces.isEvaluated(map)) {
			return;
		}
		Entry call = map.getEntries().get(0);
		String name = call.getKey();
		if (FunctionNames.isUnknownGetter(name)) {
			String suggestion = FunctionNames.suggestion(name);
			error("'" + name + "' is not a TOSCA function" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
					+ "; TOSCA 1.3 §4 defines " + String.join(", ", FunctionNames.TOSCA.stream().sorted().toList()), call,
					org.diac.dsl.diac.DiacPackage.Literals.ENTRY__KEY, TOSCA_FUNCTION_SIGNATURE, suggestion == null ? "" : suggestion);
			return;
		}
		if (name == null || !FunctionNames.TOSCA.contains(name)) {
			return;
		}
		List<Value> arguments = arguments(call.getValue());
		switch (name) {
			case "concat" -> {
				// TOSCA 1.3 §4.3.1: concat: [ <string_value_expressions_*> ]; Puccini and xOpera also join numbers
				arity(call, arguments, 1, Integer.MAX_VALUE, "[ value, ... ]");
				arguments.forEach(argument -> scalarOrCall(call, argument));
			}
			case "join" -> {
				// TOSCA 1.3 §4.3.2: join: [ [ <string_value_expressions_*> ], <delimiter> ]
				if (arity(call, arguments, 1, 2, "[ [ value, ... ], delimiter ]")) {
					listOrCall(call, arguments.get(0));
					if (arguments.size() == 2) {
						scalarOrCall(call, arguments.get(1));
					}
				}
			}
			case "token" -> {
				// TOSCA 1.3 §4.3.3: token: [ <string_with_tokens>, <string_of_token_chars>, <substring_index> ]
				if (arity(call, arguments, 3, 3, "[ string, token_characters, index ]")) {
					scalarOrCall(call, arguments.get(0));
					if (scalarOrCall(call, arguments.get(1)) && plain(arguments.get(1)) instanceof ScalarValue chars && chars.getValue().isEmpty()) {
						argument(call, arguments.get(1), "needs at least one token character");
					}
					index(call, arguments.get(2));
				}
			}
			case "get_operation_output" ->
				// TOSCA 1.3 §4.6.1: [ <modelable_entity_name>, <interface_name>, <operation_name>, <output_variable_name> ]
				names(call, arguments, 4, 4, "[ entity, interface, operation, output ]");
			case "get_nodes_of_type" ->
				// TOSCA 1.3 §4.7.1: get_nodes_of_type: <node_type_name>
				names(call, arguments, 1, 1, "node_type_name");
			case "get_artifact" -> {
				// TOSCA 1.3 §4.8.1: [ <modelable_entity_name>, <artifact_name>, <location>, <remove> ]
				if (names(call, arguments, 2, 4, "[ entity, artifact, location, remove ]").size() >= 2 && arguments.size() >= 3) {
					scalarOrCall(call, arguments.get(2));
					if (arguments.size() == 4 && !isCall(arguments.get(3))
							&& (!(plain(arguments.get(3)) instanceof ScalarValue remove) || YamlScalarKind.bool(remove.getValue()) == null)) {
						argument(call, arguments.get(3), "(remove) must be true or false");
					}
				}
			}
			default -> {
				// get_input, get_property and get_attribute are parsed as their own elements, checked below
			}
		}
	}

	/** TOSCA 1.3 §4.4.1: {@code get_input: [ name, nested_name_or_index, ... ]}; each path element a key or an index. */
	@Check
	public void input(GetInput function) {
		if (FunctionPlaces.isEvaluated(function)) {
			function.getPath().forEach(element -> pathElement("get_input", function, element));
		}
	}

	/** TOSCA 1.3 §4.4.2, §4.5.1: {@code [ entity, <req_or_cap_name>, name, nested_name_or_index, ... ]}: at least two. */
	@Check
	public void entityValue(GetEntityValue function) {
		if (!FunctionPlaces.isEvaluated(function)) {
			return;
		}
		String form = "[ entity, " + ("get_property".equals(function.getFunction()) ? "property" : "attribute") + ", ... ]";
		if (function.getModelEntity() == null && function.getEntity() == null) {
			return; // not a list: the grammar reports the shape
		}
		if (function.getPath().isEmpty()) {
			error(function.getFunction() + " needs at least two arguments, " + form + " (TOSCA 1.3 §4.4.2, §4.5.1)", function, null,
					TOSCA_FUNCTION_SIGNATURE);
		}
		function.getPath().forEach(element -> pathElement(function.getFunction(), function, element));
	}

	private void pathElement(String name, Value function, Value element) {
		if (!isCall(element) && !(plain(element) instanceof ScalarValue) && !(plain(element) instanceof ModuleReference)) {
			error(name + " path elements are names or indexes, not " + describe(element) + " (TOSCA 1.3 §4.4)", element, null,
					TOSCA_FUNCTION_SIGNATURE);
		}
	}

	/** TOSCA functions take a list of arguments; a single value stands for a list of one (as tosca-parser reads it). */
	private static List<Value> arguments(Value value) {
		Value plain = plain(value);
		if (plain == null) {
			return List.of();
		}
		return plain instanceof ListValue list ? list.getItems() : List.of(plain);
	}

	private boolean arity(Entry call, List<Value> arguments, int min, int max, String form) {
		if (arguments.size() >= min && arguments.size() <= max) {
			return true;
		}
		String count = min == max ? "exactly " + min : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
		error(call.getKey() + " takes " + count + " argument" + (max == 1 ? "" : "s") + ", " + call.getKey() + ": " + form + ", not "
				+ arguments.size() + " (TOSCA 1.3 §4)", call, org.diac.dsl.diac.DiacPackage.Literals.ENTRY__KEY, TOSCA_FUNCTION_SIGNATURE);
		return false;
	}

	/** Arguments that name things (entities, interfaces, types, artifacts) are plain names, not computed. */
	private List<Value> names(Entry call, List<Value> arguments, int min, int max, String form) {
		if (!arity(call, arguments, min, max, form)) {
			return List.of();
		}
		int named = Math.min(arguments.size(), "get_artifact".equals(call.getKey()) ? 2 : arguments.size());
		for (Value argument : arguments.subList(0, named)) {
			if (!(plain(argument) instanceof ScalarValue)) {
				argument(call, argument, "must be a name, not " + describe(argument));
			}
		}
		return arguments;
	}

	private boolean scalarOrCall(Entry call, Value argument) {
		Value plain = plain(argument);
		if (isCall(argument) || plain instanceof ScalarValue || plain instanceof ModuleReference) {
			return true;
		}
		misspeltOrWrong(call, argument, "must be a string or a function call, not " + describe(argument));
		return false;
	}

	private void listOrCall(Entry call, Value argument) {
		if (isCall(argument)) {
			return;
		}
		if (plain(argument) instanceof ListValue list) {
			list.getItems().forEach(item -> scalarOrCall(call, item));
		} else {
			argument(call, argument, "must be a list of strings to join, not " + describe(argument));
		}
	}

	private void index(Entry call, Value argument) {
		if (isCall(argument)) {
			return;
		}
		BigInteger index = plain(argument) instanceof ScalarValue scalar ? YamlScalarKind.integer(scalar.getValue()) : null;
		if (index == null || index.signum() < 0) {
			argument(call, argument, "(the index of the substring) must be an integer of 0 or more, not " + describe(argument));
		}
	}

	/** A map that is no call where a call or a value must stand: a misspelt function ({@code concatenate}), or data. */
	private void misspeltOrWrong(Entry call, Value argument, String wrong) {
		if (plain(argument) instanceof MapValue map && map.getEntries().size() == 1 && FunctionNames.nearMiss(map.getEntries().get(0).getKey()) != null) {
			Entry inner = map.getEntries().get(0);
			String function = FunctionNames.nearMiss(inner.getKey());
			error("'" + inner.getKey() + "' in the arguments of " + call.getKey() + " is not a TOSCA function (did you mean '" + function
					+ "'? TOSCA 1.3 §4)", inner, org.diac.dsl.diac.DiacPackage.Literals.ENTRY__KEY, TOSCA_FUNCTION_SIGNATURE, function);
		} else {
			argument(call, argument, wrong);
		}
	}

	private void argument(Entry call, Value argument, String problem) {
		error("argument of " + call.getKey() + " " + problem + " (TOSCA 1.3 §4)", argument, null, TOSCA_FUNCTION_SIGNATURE);
	}

	private static boolean isCall(Value value) {
		Value plain = plain(value);
		return plain instanceof GetInput || plain instanceof GetEntityValue || FunctionNames.isCall(plain);
	}

	/** The value an alias names (where aliases are kept as scalars), else the value itself. */
	private static Value plain(Value value) {
		Value resolved = value instanceof ScalarValue ? EffectiveValues.resolve(value) : null;
		return resolved != null ? resolved : value;
	}

	private static String describe(Value value) {
		Value plain = plain(value);
		return plain instanceof ListValue ? "a list" : plain instanceof MapValue ? "a map" : plain == null ? "nothing" : "'" + text(plain) + "'";
	}

	private static String text(Value value) {
		return value instanceof ScalarValue scalar ? scalar.getValue() : String.valueOf(value);
	}
}
