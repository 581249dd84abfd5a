package org.diac.dsl.values;

import java.util.Locale;
import java.util.Set;

import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.Value;

/**
 * The names of TOSCA functions (TOSCA 1.3 §4), and which keys of a single-key map look like a function name although
 * they are none: YAML gives {@code {get_inptu: port}} and {@code {concatenate: [a, b]}} the same shape as a call.
 */
public final class FunctionNames {

	/** TOSCA 1.3 §4.3–§4.8. */
	public static final Set<String> TOSCA = Set.of("concat", "join", "token", "get_input", "get_property", "get_attribute",
			"get_operation_output", "get_nodes_of_type", "get_artifact");

	/** Functions other processors evaluate (not TOSCA 1.3): calls, whose arguments are not checked. */
	public static final Set<String> EXTENSIONS = Set.of("get_secret", "map_get");

	private static final String GETTER = "get_";

	private FunctionNames() {
	}

	/**
	 * Whether a single-key map with this key is a function call: a TOSCA or extension function, or an unknown
	 * {@code get_*} name, which no data type uses as a key and which the signature check reports as unknown.
	 */
	public static boolean isCall(String key) {
		return key != null && (TOSCA.contains(key) || EXTENSIONS.contains(key) || key.startsWith(GETTER));
	}

	/** Whether {@code value} is a single-key map whose key {@link #isCall} accepts. */
	public static boolean isCall(Value value) {
		return value instanceof MapValue map && map.getEntries().size() == 1 && isCall(map.getEntries().get(0).getKey());
	}

	/** An unknown {@code get_*} name: always reported, wherever functions are evaluated. */
	public static boolean isUnknownGetter(String key) {
		return key != null && key.startsWith(GETTER) && !TOSCA.contains(key) && !EXTENSIONS.contains(key);
	}

	/**
	 * The TOSCA function {@code key} is a slip of, or null: the name in another case or separator style
	 * ({@code getInput}, {@code Concat}), with a suffix ({@code concatenate}, {@code tokenize}), or one edit (a letter
	 * added, dropped, changed, or two neighbours swapped) away from it. Only where a map cannot be the value (a scalar or
	 * a list is expected, or a function argument) does such a key mean a misspelt call rather than data.
	 */
	public static String nearMiss(String key) {
		return key == null || TOSCA.contains(key) || EXTENSIONS.contains(key) ? null : closest(key, 1);
	}

	/** Whether a single-key map with this key, where no map can stand, is a call of a function that does not exist. */
	public static boolean looksLikeCall(String key) {
		return isUnknownGetter(key) || nearMiss(key) != null;
	}

	/** The function name to suggest instead of {@code key}, or null when none is close. */
	public static String suggestion(String key) {
		String near = nearMiss(key);
		return near != null || key == null || !key.startsWith(GETTER) ? near : closest(key, 3);
	}

	private static String closest(String key, int maxDistance) {
		String normal = normal(key);
		String best = null;
		int bestDistance = maxDistance + 1;
		for (String name : TOSCA.stream().sorted().toList()) {
			String candidate = normal(name);
			int distance = normal.equals(candidate) ? 0 : normal.startsWith(candidate) ? 1 : distance(normal, candidate);
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static String normal(String key) {
		return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
	}

	/** Only small distances matter here: names whose lengths differ by more than three are never near. */
	private static int distance(String a, String b) {
		return Math.abs(a.length() - b.length()) > 3 ? Integer.MAX_VALUE : EditDistance.between(a, b);
	}
}
