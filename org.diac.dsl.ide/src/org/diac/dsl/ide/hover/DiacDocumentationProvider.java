package org.diac.dsl.ide.hover;

import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import com.google.inject.Inject;

/**
 * Hover text (Markdown) of the element under the cursor: a type (name, kind, derived_from, description), or a
 * property, assigned or defined, with its definition (type, required, default, description).
 */
public class DiacDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private PropertyDefinitions propertyDefinitions;

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof TypeDefinition type) {
			return TypeDocumentation.of(type);
		}
		if (object instanceof PropertyAssignment assignment) {
			PropertyDefinition definition = propertyDefinitions.of(assignment);
			return definition == null ? null : PropertyDocumentation.of(definition);
		}
		if (object instanceof PropertyDefinition definition) {
			return PropertyDocumentation.of(definition);
		}
		return null;
	}
}
