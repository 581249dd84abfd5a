package org.diac.dsl.validation;

import java.util.List;

import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a resource with inherited type members ({@link TypeMembers}) computed once per type for the run
 * instead of once per template; the remembered maps are dropped when the run ends, so edits are always seen.
 */
public class DiacResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		try (TypeMembers.Scope scope = TypeMembers.remember()) {
			return super.validate(resource, mode, indicator);
		}
	}
}
