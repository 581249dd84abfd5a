package org.diac.dsl.scoping;

import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Only type definitions are visible across documents (TOSCA imports bring types, not templates); templates,
 * inputs and properties are scoped inside their own document by {@link DiacScopeProvider}. This keeps the
 * index small for topologies with tens of thousands of templates.
 */
public class DiacQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof TypeDefinition type && type.getName() != null && !type.getName().isEmpty()) {
			return QualifiedName.create(type.getName());
		}
		return null;
	}
}
