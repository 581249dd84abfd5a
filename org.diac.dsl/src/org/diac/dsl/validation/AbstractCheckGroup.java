package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.math.BigDecimal;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.values.EffectiveValues;
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

	/** A sink for value checks that marks errors and warnings the way this validator does. */
	protected Problems problems() {
		return (severity, code, message, at) -> {
			if (severity == Problems.Severity.WARNING) {
				warning(message, at, nameFeature(at), code);
			} else {
				error(message, at, nameFeature(at), code);
			}
		};
	}

	protected void errorAt(String code, String message, EObject at) {
		error(message, at, nameFeature(at), code);
	}

	protected void warningAt(String code, String message, EObject at) {
		warning(message, at, nameFeature(at), code);
	}

	/** A policy's limit is marked at the property that sets it, else at the policy. */
	protected static EObject place(Policy policy, String property) {
		PropertyAssignment assignment = EffectiveValues.property(policy.getProperties(), property);
		return assignment != null ? assignment : policy;
	}

	/** A number as the document would write it: 100, not 1E+2 or 100.00. */
	protected static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
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
