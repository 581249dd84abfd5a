package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.values.Problems;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** A group of checks composed into DiacValidator; marks named elements at their name. */
abstract class AbstractCheckGroup extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	/** A sink for value checks that marks errors the way this validator does. */
	protected Problems problems() {
		return (code, message, at) -> error(message, at, nameFeature(at), code);
	}

	protected void errorAt(String code, String message, EObject at) {
		error(message, at, nameFeature(at), code);
	}

	protected void warningAt(String code, String message, EObject at) {
		warning(message, at, nameFeature(at), code);
	}

	/** Properties and map entries are marked at their key, which is what the reader looks for. */
	protected static EStructuralFeature nameFeature(EObject at) {
		if (at instanceof PropertyAssignment) {
			return PROPERTY_ASSIGNMENT__NAME;
		}
		if (at instanceof Entry) {
			return ENTRY__KEY;
		}
		EStructuralFeature name = at == null ? null : at.eClass().getEStructuralFeature("name");
		return name != null && at.eGet(name) != null ? name : null;
	}
}
