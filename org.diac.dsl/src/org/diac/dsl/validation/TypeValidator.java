package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeHierarchy;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Type definitions (TOSCA 1.3 §3.7): derivation must not loop. */
public class TypeValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void derivationCycle(TypeDefinition type) {
		if (type.getDerivedFrom() != null && !type.getDerivedFrom().eIsProxy() && TypeHierarchy.isCyclic(type)) {
			error("type '" + type.getName() + "' derives from itself through derived_from (" + chain(type) + ")", type,
					TYPE_DEFINITION__DERIVED_FROM, IssueCodes.TOSCA_DERIVATION_CYCLE);
		}
	}

	private static String chain(TypeDefinition type) {
		StringBuilder out = new StringBuilder(type.getName());
		for (TypeDefinition current = type.getDerivedFrom(); current != null && !current.eIsProxy(); current = current.getDerivedFrom()) {
			out.append(" -> ").append(current.getName());
			if (current == type) {
				break;
			}
		}
		return out.toString();
	}
}
