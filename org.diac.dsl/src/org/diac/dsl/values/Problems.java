package org.diac.dsl.values;

import org.eclipse.emf.ecore.EObject;

/** Where value checks report: a code from IssueCodes, a message naming the element and the rule, and a place. */
@FunctionalInterface
public interface Problems {

	enum Severity { ERROR, WARNING }

	void report(Severity severity, String code, String message, EObject at);

	default void error(String code, String message, EObject at) {
		report(Severity.ERROR, code, message, at);
	}

	default void warning(String code, String message, EObject at) {
		report(Severity.WARNING, code, message, at);
	}
}
