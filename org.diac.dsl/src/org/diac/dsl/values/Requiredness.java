package org.diac.dsl.values;

import org.diac.dsl.diac.PropertyDefinition;

/** TOSCA 1.3 §3.6.10: a property is required unless it says {@code required: false}. */
public final class Requiredness {

	private Requiredness() {
	}

	public static boolean isRequired(PropertyDefinition property) {
		if (!property.getWrongKinds().isEmpty()) {
			return false; // a scalar where the definition belongs: reported as TOSCA-WRONG-KIND, not required anywhere
		}
		String required = property.getRequired();
		return required == null || !Boolean.FALSE.equals(YamlScalarKind.bool(required));
	}
}
