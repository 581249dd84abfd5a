package org.diac.dsl.ide.codeactions;

import java.util.List;

import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.validation.IssueCodes;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.YamlScalarKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quotes a plain integer, float or boolean where TOSCA requires a string ({@code port: 8080} →
 * {@code port: "8080"}): YAML 1.2 reads the plain scalar as a number or boolean. Offered for the
 * {@code TOSCA-WRONG-KIND} warning that says so, and for any diagnostic on such a scalar whose property is
 * declared a string (the same finding reported as a constraint violation).
 */
class QuoteScalar implements Repair {

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		ScalarValue scalar = scalar(site.element());
		INode node = scalar == null ? null : NodeModelUtils.getNode(scalar);
		if (node == null || EffectiveValues.isQuoted(scalar) || !NodeModelUtils.getTokenText(node).equals(scalar.getValue())) {
			return;
		}
		YamlScalarKind.Kind kind = YamlScalarKind.of(scalar.getValue());
		if (kind != YamlScalarKind.Kind.INTEGER && kind != YamlScalarKind.Kind.FLOAT && kind != YamlScalarKind.Kind.BOOLEAN) {
			return;
		}
		// the warning is given only for a number or boolean where a string is required (issue 7); other kinds are errors
		boolean warnedAsString = site.diagnostic().getSeverity() == DiagnosticSeverity.Warning
				&& IssueCodes.TOSCA_WRONG_KIND.equals(site.diagnostic().getCode().getLeft());
		if (warnedAsString || declaredString(scalar)) {
			fixes.add("Quote " + scalar.getValue() + " as a string", List.of(site.replace(node, '"' + scalar.getValue() + '"')));
		}
	}

	/** The scalar marked: the value itself, or the value of the property or map entry whose key is marked. */
	private static ScalarValue scalar(EObject marked) {
		if (marked instanceof ScalarValue scalar) {
			return scalar;
		}
		Value value = marked instanceof PropertyAssignment property ? property.getValue() : marked instanceof Entry entry ? entry.getValue() : null;
		return value instanceof ScalarValue scalar ? scalar : null;
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
