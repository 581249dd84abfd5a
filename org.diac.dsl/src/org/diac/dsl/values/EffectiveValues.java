package org.diac.dsl.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.DiacPackage;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.GetEntityValue;
import org.diac.dsl.diac.GetInput;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.TypeHierarchy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The value a document gives at design time (LANGUAGE.md §6: checks "read effective values"): a literal, the
 * default of the input a {@code get_input} names, or what a {@code "{{module.path}}"} reference points at.
 * Values only known at deployment ({@code get_property}, {@code concat}, an input without default, ...) are
 * {@code null}: checks skip them rather than guess.
 */
public final class EffectiveValues {

	/** References may point at references; a loop of them resolves to nothing instead of hanging. */
	private static final int MAX_HOPS = 32;

	private EffectiveValues() {
	}

	/** {@code value} with get_input and module references followed; null when only deployment can tell. */
	public static Value resolve(Value value) {
		Value current = value;
		for (int hop = 0; hop < MAX_HOPS && current != null; hop++) {
			if (current instanceof GetInput getInput) {
				current = getInput.getPath().isEmpty() ? inputValue(getInput.getInput()) : null;
			} else if (current instanceof ModuleReference reference) {
				EObject target = reference.getTarget();
				if (target == null || target.eIsProxy()) {
					return null;
				}
				if (target instanceof PropertyAssignment property) {
					current = property.getValue();
				} else if (target instanceof PropertyDefinition input) {
					current = inputValue(input);
				} else {
					return current;
				}
			} else if (isDeploymentFunction(current)) {
				return null;
			} else {
				return current;
			}
		}
		return null;
	}

	/**
	 * Whether {@code value} is a function call whose result only exists at deployment (TOSCA 1.3 §4): a map whose only key
	 * names a function is not data. Unknown {@code get_*} names count as calls too; the signature check reports them.
	 */
	public static boolean isDeploymentFunction(Value value) {
		return value instanceof GetEntityValue || FunctionNames.isCall(value);
	}

	/** Whether the value can only be known at deployment (directly or through inputs and references). */
	public static boolean isDeferred(Value value) {
		return value != null && resolve(value) == null;
	}

	private static Value inputValue(PropertyDefinition input) {
		if (input == null || input.eIsProxy()) {
			return null;
		}
		return input.getValue() != null ? input.getValue() : input.getDefault();
	}

	/** The scalar text of the effective value, or null when it is not a scalar. */
	public static String text(Value value) {
		return resolve(value) instanceof ScalarValue scalar ? scalar.getValue() : null;
	}

	/** The number the effective value spells (integer or float), or null. */
	public static BigDecimal number(Value value) {
		Value resolved = resolve(value);
		return resolved instanceof ScalarValue scalar ? YamlScalarKind.number(scalar.getValue()) : null;
	}

	/** The boolean the effective value spells, or null. */
	public static Boolean bool(Value value) {
		Value resolved = resolve(value);
		return resolved instanceof ScalarValue scalar ? YamlScalarKind.bool(scalar.getValue()) : null;
	}

	/** The items of an effective list, or null. {@code "{{identity.operators}}"} is the list of operators. */
	public static List<Value> items(Value value) {
		Value resolved = resolve(value);
		return resolved instanceof ListValue list ? list.getItems() : null;
	}

	/** Names listed by the effective value: a list of scalars, or the operators of {@code {{identity.operators}}}. */
	public static List<String> names(Value value) {
		Value resolved = resolve(value);
		if (resolved instanceof ModuleReference reference && reference.getTarget() instanceof TopologyTemplate topology) {
			List<String> operators = new ArrayList<>();
			for (NodeTemplate template : topology.getNodeTemplates()) {
				if (template.getType() != null && TypeHierarchy.isA(template.getType(), "diac.nodes.Operator")) {
					operators.add(template.getName());
				}
			}
			return operators;
		}
		if (!(resolved instanceof ListValue list)) {
			return null;
		}
		List<String> names = new ArrayList<>();
		for (Value item : list.getItems()) {
			String text = text(item);
			if (text != null) {
				names.add(text);
			}
		}
		return names;
	}

	/** The entries of an effective map by key (later duplicates are reported elsewhere; the first wins), or null. */
	public static Map<String, Value> entries(Value value) {
		Value resolved = resolve(value);
		if (!(resolved instanceof MapValue map) || isDeploymentFunction(resolved)) {
			return null;
		}
		Map<String, Value> entries = new LinkedHashMap<>();
		for (Entry entry : map.getEntries()) {
			if (entry.getKey() != null) {
				entries.putIfAbsent(entry.getKey(), entry.getValue());
			}
		}
		return entries;
	}

	/** The entry of an effective map with {@code key}, or null. */
	public static Entry entry(Value value, String key) {
		if (resolve(value) instanceof MapValue map) {
			for (Entry entry : map.getEntries()) {
				if (key.equals(entry.getKey())) {
					return entry;
				}
			}
		}
		return null;
	}

	/** Whether the scalar was written in quotes: YAML makes {@code "5"} a string and {@code 5} an integer. */
	public static boolean isQuoted(ScalarValue scalar) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(scalar, DiacPackage.Literals.SCALAR_VALUE__VALUE);
		if (nodes.isEmpty()) {
			return false;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0));
		return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\'' || text.charAt(0) == '|' || text.charAt(0) == '>');
	}

	/** The property assignment named {@code name} in {@code properties}, or null. */
	public static PropertyAssignment property(List<PropertyAssignment> properties, String name) {
		for (PropertyAssignment property : properties) {
			if (name.equals(property.getName())) {
				return property;
			}
		}
		return null;
	}
}
