package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.util.Set;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.Function;
import org.diac.dsl.diac.InterfaceType;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where TOSCA evaluates functions (TOSCA 1.3 §4): values of properties and attributes, defaults and values of property,
 * input and output definitions, interfaces (operation inputs), and the arguments of other functions. Elsewhere
 * (metadata, node filters, workflows, unknown keys) a single-key map is data.
 */
final class FunctionPlaces {

	private static final Set<EStructuralFeature> EVALUATED = Set.of(PROPERTY_ASSIGNMENT__VALUE, PROPERTY_DEFINITION__DEFAULT,
			PROPERTY_DEFINITION__VALUE, NODE_TEMPLATE__INTERFACES, RELATIONSHIP_TEMPLATE__INTERFACES, GROUP__INTERFACES,
			REQUIREMENT_ASSIGNMENT__RELATIONSHIP_INTERFACES, REQUIREMENT_DEFINITION__RELATIONSHIP_INTERFACES, INTERFACE_DEFINITION__INPUTS,
			INTERFACE_DEFINITION__OPERATIONS, INTERFACE_DEFINITION__NOTIFICATIONS, INTERFACE_DEFINITION__EXTENSIONS,
			INTERFACE_TYPE__OPERATIONS, INTERFACE_TYPE__NOTIFICATIONS);

	private FunctionPlaces() {
	}

	static boolean isEvaluated(EObject value) {
		EObject current = value;
		while (current.eContainer() instanceof MapValue || current.eContainer() instanceof ListValue || current.eContainer() instanceof Entry) {
			current = current.eContainer();
		}
		if (current.eContainer() instanceof Function) {
			return true; // an argument of a function
		}
		if (current instanceof Entry && current.eContainer() instanceof InterfaceType) {
			return true; // a TOSCA 1.0 operation written directly under its interface type
		}
		return EVALUATED.contains(current.eContainingFeature());
	}
}
