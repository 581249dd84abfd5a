package org.diac.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Replaces a property name the holder's type does not define by the nearest names it does define and are not yet set. */
class DidYouMeanProperty implements Repair {

	@Override
	public void propose(DiagnosticSite site, Fixes fixes) {
		if (!(site.element() instanceof PropertyAssignment assignment) || assignment.getName() == null) {
			return;
		}
		EObject holder = assignment.eContainer();
		EStructuralFeature typeFeature = holder.eClass().getEStructuralFeature("type");
		EStructuralFeature propertiesFeature = holder.eClass().getEStructuralFeature("properties");
		if (typeFeature == null || !(holder.eGet(typeFeature) instanceof TypeDefinition type) || type.eIsProxy()) {
			return;
		}
		List<String> free = new ArrayList<>(TypeMembers.properties(type).keySet());
		if (propertiesFeature != null && holder.eGet(propertiesFeature) instanceof List<?> assigned) {
			assigned.forEach(other -> free.remove(other instanceof PropertyAssignment property ? property.getName() : null));
		}
		for (String name : NearestNames.to(assignment.getName(), free)) {
			fixes.add("Change to '" + name + "'", List.of(site.replace(site.start(), site.end(), name)));
		}
	}
}
