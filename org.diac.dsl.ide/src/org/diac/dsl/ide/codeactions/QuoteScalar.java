package org.diac.dsl.ide.codeactions;

import java.util.List;

import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.YamlScalarKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Quotes a plain integer, float or boolean where TOSCA requires a string ({@code port: 8080} →
 * {@code port: "8080"}): YAML 1.2 reads the plain scalar as a number or boolean. Offered for the
 * {@code TOSCA-WRONG-KIND} warning that says so, and for any diagnostic on such a scalar whose property is
 * declared a string (the same finding reported as a constraint violation).
 */
class QuoteScalar implements Repair {

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		if (!(site.element() instanceof ScalarValue scalar) || EffectiveValues.isQuoted(scalar) || !site.text().equals(scalar.getValue())) {
			return;
		}
		YamlScalarKind.Kind kind = YamlScalarKind.of(scalar.getValue());
		if (kind != YamlScalarKind.Kind.INTEGER && kind != YamlScalarKind.Kind.FLOAT && kind != YamlScalarKind.Kind.BOOLEAN) {
			return;
		}
		boolean warnedAsString = site.diagnostic().getSeverity() == DiagnosticSeverity.Warning;
		if (warnedAsString || declaredString(scalar)) {
			fixes.add("Quote " + scalar.getValue() + " as a string", List.of(site.replace(site.start(), site.end(), '"' + scalar.getValue() + '"')));
		}
	}

	/** The scalar is the value of a property, input or default whose data type is, or derives from, string. */
	private static boolean declaredString(ScalarValue scalar) {
		EObject container = scalar.eContainer();
		TypeDefinition type = null;
		if (container instanceof PropertyAssignment assignment) {
			PropertyDefinition definition = definition(assignment);
			type = definition == null ? null : definition.getType();
		} else if (container instanceof PropertyDefinition definition) {
			type = definition.getType();
		}
		return type instanceof DataType && !type.eIsProxy() && TypeHierarchy.isA(type, "string");
	}

	private static PropertyDefinition definition(PropertyAssignment assignment) {
		EObject holder = assignment.eContainer();
		EStructuralFeature typeFeature = holder == null ? null : holder.eClass().getEStructuralFeature("type");
		if (typeFeature == null || !(holder.eGet(typeFeature) instanceof TypeDefinition holderType) || holderType.eIsProxy()) {
			return null;
		}
		return TypeMembers.properties(holderType).get(assignment.getName());
	}
}
