package org.diac.dsl.values;

import static org.diac.dsl.validation.IssueCodes.TOSCA_CONSTRAINT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.diac.dsl.diac.Constraint;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.Value;
import org.eclipse.emf.ecore.EObject;

/**
 * TOSCA 1.3 §3.6.3 constraint clauses on a value: equal, greater_than, greater_or_equal, less_than,
 * less_or_equal, in_range, valid_values, length, min_length, max_length, pattern (schema is not evaluated).
 * Numbers compare numerically and scalar-units in their base unit; other scalars compare as text.
 */
public final class ConstraintCheck {

	public static final Set<String> OPERATORS = Set.of("equal", "greater_than", "greater_or_equal", "less_than", "less_or_equal",
			"in_range", "valid_values", "length", "min_length", "max_length", "pattern", "schema");

	private final Problems problems;

	public ConstraintCheck(Problems problems) {
		this.problems = problems;
	}

	public void check(String what, Value value, String primitive, List<Constraint> constraints, EObject at) {
		for (Constraint constraint : constraints) {
			String violation = violation(value, primitive, constraint);
			if (violation != null) {
				problems.error(TOSCA_CONSTRAINT, what + " = " + ValueConformance.kind(value) + " violates " + violation, at);
			}
		}
	}

	/** Key schema constraints apply to the keys of a map, which are strings. */
	public void checkKey(String what, String key, List<Constraint> constraints, EObject at) {
		for (Constraint constraint : constraints) {
			String violation = violation(key, null, "string", constraint);
			if (violation != null) {
				problems.error(TOSCA_CONSTRAINT, what + " has key '" + key + "', which violates " + violation, at);
			}
		}
	}

	private static String violation(Value value, String primitive, Constraint constraint) {
		if (value instanceof ScalarValue scalar) {
			return violation(scalar.getValue(), null, primitive, constraint);
		}
		if (value instanceof ListValue list) {
			return violation(null, list.getItems().size(), primitive, constraint);
		}
		if (value instanceof MapValue map) {
			return violation(null, map.getEntries().size(), primitive, constraint);
		}
		return null;
	}

	/** The rule {@code text} (a scalar) or a collection of {@code size} breaks, or null. */
	private static String violation(String text, Integer size, String primitive, Constraint constraint) {
		String operator = constraint.getOperator();
		Value argument = constraint.getValue();
		String rule = operator + ": " + describe(argument);
		switch (String.valueOf(operator)) {
			case "equal":
				return text != null && compare(text, EffectiveValues.text(argument), primitive) != 0 ? rule : null;
			case "greater_than":
				return text != null && compare(text, EffectiveValues.text(argument), primitive) <= 0 ? rule : null;
			case "greater_or_equal":
				return text != null && compare(text, EffectiveValues.text(argument), primitive) < 0 ? rule : null;
			case "less_than":
				return text != null && compare(text, EffectiveValues.text(argument), primitive) >= 0 ? rule : null;
			case "less_or_equal":
				return text != null && compare(text, EffectiveValues.text(argument), primitive) > 0 ? rule : null;
			case "in_range": {
				List<String> bounds = texts(argument);
				if (text == null || bounds == null || bounds.size() != 2) {
					return null;
				}
				boolean below = compare(text, bounds.get(0), primitive) < 0;
				boolean above = !"UNBOUNDED".equals(bounds.get(1)) && compare(text, bounds.get(1), primitive) > 0;
				return below || above ? rule : null;
			}
			case "valid_values": {
				List<String> values = texts(argument);
				if (text == null || values == null) {
					return null;
				}
				for (String candidate : values) {
					if (compare(text, candidate, primitive) == 0) {
						return null;
					}
				}
				return rule;
			}
			case "length":
				return lengthOf(text, size) != null && !lengthOf(text, size).equals(integer(argument)) ? rule : null;
			case "min_length":
				return lengthOf(text, size) != null && integer(argument) != null && lengthOf(text, size) < integer(argument) ? rule : null;
			case "max_length":
				return lengthOf(text, size) != null && integer(argument) != null && lengthOf(text, size) > integer(argument) ? rule : null;
			case "pattern": {
				String pattern = EffectiveValues.text(argument);
				if (text == null || pattern == null) {
					return null;
				}
				try {
					return Pattern.compile(pattern).matcher(text).matches() ? null : rule;
				} catch (PatternSyntaxException e) {
					return null; // the definition's own problem, reported where the constraint is defined
				}
			}
			default:
				return null;
		}
	}

	/** Orders two scalars as values of {@code primitive}; text order when either is not such a value. */
	static int compare(String left, String right, String primitive) {
		if (right == null) {
			return 0;
		}
		if (primitive != null && ScalarUnits.isScalarUnitType(primitive)) {
			BigDecimal l = ScalarUnits.normalise(primitive, left);
			BigDecimal r = ScalarUnits.normalise(primitive, right);
			if (l != null && r != null) {
				return l.compareTo(r);
			}
		}
		BigDecimal l = YamlScalarKind.number(left);
		BigDecimal r = YamlScalarKind.number(right);
		if (l != null && r != null && !"string".equals(primitive)) {
			return l.compareTo(r);
		}
		Boolean lb = YamlScalarKind.bool(left);
		Boolean rb = YamlScalarKind.bool(right);
		if ("boolean".equals(primitive) && lb != null && rb != null) {
			return lb.compareTo(rb);
		}
		return left.compareTo(right);
	}

	private static Integer lengthOf(String text, Integer size) {
		return text != null ? Integer.valueOf(text.codePointCount(0, text.length())) : size;
	}

	private static Integer integer(Value argument) {
		java.math.BigInteger value = YamlScalarKind.integer(EffectiveValues.text(argument));
		return value == null ? null : value.intValue();
	}

	private static List<String> texts(Value argument) {
		List<Value> items = EffectiveValues.items(argument);
		if (items == null) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (Value item : items) {
			String text = EffectiveValues.text(item);
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	private static String describe(Value argument) {
		List<String> items = texts(argument);
		if (items != null) {
			return "[" + String.join(", ", items) + "]";
		}
		String text = EffectiveValues.text(argument);
		return text == null ? "?" : text;
	}
}
