package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.InterfaceDefinition;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.scoping.TypeScopes;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Interface definitions inside types (TOSCA 1.3 §3.7.5): their {@code inputs} are parameter definitions kept as
 * generic values, so their shape is checked here. An input without any definition is {@code TOSCA-MISSING-KEY};
 * a {@code type} that no definition, import or built-in type provides is {@code TOSCA-UNKNOWN-TYPE}. Inputs
 * written as values (TOSCA 1.0 style, e.g. a {@code get_input} map) are left alone.
 */
public class InterfaceValidator extends AbstractCheckGroup {

	@Inject
	private TypeScopes typeScopes;

	@Check
	public void inputs(InterfaceDefinition definition) {
		TypeDefinition owner = EcoreUtil2.getContainerOfType(definition, TypeDefinition.class);
		if (owner == null || !(definition.getInputs() instanceof MapValue inputs)) {
			return;
		}
		for (Entry input : inputs.getEntries()) {
			String what = "input '" + input.getKey() + "' of interface '" + definition.getName() + "' in type '" + owner.getName() + "'";
			if (input.getValue() == null) {
				error(what + " has no definition; TOSCA 1.3 §3.6.10 needs at least its type", input, ENTRY__KEY, IssueCodes.TOSCA_MISSING_KEY);
				continue;
			}
			Entry type = EffectiveValues.entry(input.getValue(), "type");
			String typeName = type == null ? null : EffectiveValues.text(type.getValue());
			if (typeName != null && typeScopes.scope(definition.eResource(), DATA_TYPE).getSingleElement(QualifiedName.create(typeName)) == null) {
				error("unknown data type '" + typeName + "' of " + what + ": no definition in this document, its imports or the built-in TOSCA "
						+ "and DiaC types", type, ENTRY__VALUE, IssueCodes.TOSCA_UNKNOWN_TYPE);
			}
		}
	}
}
