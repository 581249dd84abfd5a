package org.diac.dsl.ide.hover;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeHierarchy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The definition a property assignment fills: the nearest definition of that name along the {@code type} of
 * the template, policy, group or artifact that holds the assignment and its ancestors (TOSCA 1.3 §3.7.1: a
 * derived type inherits, and may refine, its parent's properties).
 */
public class PropertyDefinitions {

	/** The definition {@code assignment} fills, or null when its holder's type defines no such property. */
	public PropertyDefinition of(PropertyAssignment assignment) {
		if (assignment.getName() == null) {
			return null;
		}
		return available(assignment.eContainer()).get(assignment.getName());
	}

	/** The properties {@code holder}'s type and its ancestors define, by name, the nearest definition of each. */
	public Map<String, PropertyDefinition> available(EObject holder) {
		Map<String, PropertyDefinition> result = new LinkedHashMap<>();
		EStructuralFeature typeFeature = holder == null ? null : holder.eClass().getEStructuralFeature("type");
		if (typeFeature == null || !(holder.eGet(typeFeature) instanceof TypeDefinition type)) {
			return result;
		}
		for (TypeDefinition candidate : TypeHierarchy.selfAndAncestors(type)) {
			for (PropertyDefinition definition : properties(candidate)) {
				if (definition.getName() != null) {
					result.putIfAbsent(definition.getName(), definition);
				}
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<PropertyDefinition> properties(TypeDefinition type) {
		EStructuralFeature feature = type.eClass().getEStructuralFeature("properties");
		return feature == null ? List.of() : (List<PropertyDefinition>) type.eGet(feature);
	}
}
