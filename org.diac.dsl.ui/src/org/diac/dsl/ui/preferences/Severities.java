package org.diac.dsl.ui.preferences;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.ui.DiacUiPlugin;
import org.diac.dsl.validation.IssueCodes;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The severity of each diagnostic code in the Eclipse editor, from the preferences (Window > Preferences > DiaC
 * Validation): as the validator says ({@link #DEFAULT}), or error, warning, info, or ignore (no marker). Only
 * markers change: `diac validate` and the language server keep LANGUAGE.md's severities.
 */
public final class Severities {

	public static final String DEFAULT = "default";
	public static final String ERROR = "error";
	public static final String WARNING = "warning";
	public static final String INFO = "info";
	public static final String IGNORE = "ignore";

	private Severities() {
	}

	/** Every code of {@link IssueCodes}, in declaration order. */
	public static List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					// a public constant is readable
				}
			}
		}
		return codes;
	}

	public static String key(String code) {
		return "severity." + code;
	}

	/** The preferred severity of a code: one of the constants above. */
	public static String of(String code) {
		return code == null ? DEFAULT : preferences().get(key(code), DEFAULT);
	}

	public static void set(String code, String severity) {
		if (DEFAULT.equals(severity)) {
			preferences().remove(key(code));
		} else {
			preferences().put(key(code), severity);
		}
	}

	public static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(DiacUiPlugin.ID);
	}
}
