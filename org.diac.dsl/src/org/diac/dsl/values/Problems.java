package org.diac.dsl.values;

import org.eclipse.emf.ecore.EObject;

/** Where value checks report: a code from IssueCodes, a message naming the element and the rule, and a place. */
@FunctionalInterface
public interface Problems {

	void error(String code, String message, EObject at);
}
