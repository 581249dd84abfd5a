package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.DATA_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.Constraint;
import org.diac.dsl.diac.DataType;
import org.diac.dsl.diac.DiacFactory;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.Schema;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.InterfaceMembers.Input;
import org.diac.dsl.scoping.TypeScopes;
import org.diac.dsl.values.EffectiveValues;
import org.diac.dsl.values.ValueConformance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

/**
 * Checks a value against an input definition of an interface or operation (TOSCA 1.3 §3.6.14), like a property against
 * its definition. Interface and operation inputs in types are kept as generic maps ({@code {type: string, constraints:
 * [...]}}), so their data type, entry schema and constraints are read from the map; a type name that resolves to
 * nothing leaves the value unchecked (reported where the definition is, by {@link InterfaceValidator}).
 */
class ParameterDefinitions {

	@Inject
	private TypeScopes typeScopes;

	void check(ValueConformance conformance, String what, Value value, Input input, Resource resource) {
		if (input.definition() != null) {
			conformance.check(what, value, input.definition());
			return;
		}
		DataType type = dataType(input.generic(), resource);
		if (type == null) {
			return;
		}
		conformance.check(what, value, type, schema(EffectiveValues.entry(input.generic(), "entry_schema"), resource),
				schema(EffectiveValues.entry(input.generic(), "key_schema"), resource), constraints(input.generic()), value, 0);
	}

	/** The data type a generic definition (or schema) names by {@code type}, or by itself when it is the name. */
	private DataType dataType(Value definition, Resource resource) {
		String name = EffectiveValues.text(definition);
		if (name == null) {
			Entry type = EffectiveValues.entry(definition, "type");
			name = type == null ? null : EffectiveValues.text(type.getValue());
		}
		if (name == null) {
			return null;
		}
		IEObjectDescription description = typeScopes.scope(resource, DATA_TYPE).getSingleElement(QualifiedName.create(name));
		EObject type = description == null ? null : EcoreUtil.resolve(description.getEObjectOrProxy(), resource);
		return type instanceof DataType dataType && !dataType.eIsProxy() ? dataType : null;
	}

	/** A schema written as a type name or a {@code {type: ...}} map; detached, only its type is read. */
	private Schema schema(Entry entry, Resource resource) {
		DataType type = entry == null ? null : dataType(entry.getValue(), resource);
		if (type == null) {
			return null;
		}
		Schema schema = DiacFactory.eINSTANCE.createSchema();
		schema.setType(type);
		return schema;
	}

	/** {@code constraints: [ {operator: argument}, ... ]} as constraint clauses; the arguments are copies (detached). */
	private static List<Constraint> constraints(Value definition) {
		List<Constraint> constraints = new ArrayList<>();
		Entry section = EffectiveValues.entry(definition, "constraints");
		List<Value> items = section == null ? null : EffectiveValues.items(section.getValue());
		for (Value item : items == null ? List.<Value>of() : items) {
			Map<String, Value> clause = EffectiveValues.entries(item);
			if (clause != null && clause.size() == 1) {
				Map.Entry<String, Value> only = clause.entrySet().iterator().next();
				Constraint constraint = DiacFactory.eINSTANCE.createConstraint();
				constraint.setOperator(only.getKey());
				constraint.setValue(only.getValue() == null ? null : EcoreUtil.copy(only.getValue()));
				constraints.add(constraint);
			}
		}
		return constraints;
	}
}
