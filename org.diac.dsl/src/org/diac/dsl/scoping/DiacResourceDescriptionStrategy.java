package org.diac.dsl.scoping;

import org.diac.dsl.diac.ServiceTemplate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Only type definitions are exported ({@link DiacQualifiedNameProvider}), and the grammar puts them directly
 * under the service template: the search for exported names stops there instead of visiting every template,
 * property and value of the document.
 */
public class DiacResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(eObject, acceptor);
		return eObject instanceof ServiceTemplate;
	}
}
