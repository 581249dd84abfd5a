package org.diac.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of LANGUAGE.md §6, one validator class per concern; each diagnostic carries a code of
 * {@link IssueCodes}. Syntax errors and unresolved names are reported by the parser and linker.
 */
@ComposedChecks(validators = { StructureValidator.class, DuplicateKeyValidator.class, ImportValidator.class, TypeValidator.class,
		PropertyValidator.class, RequirementValidator.class, IdentityValidator.class, StakingValidator.class,
		DecentralizationValidator.class, GroupSizeValidator.class, GovernanceValidator.class, SecurityValidator.class, FunctionValidator.class, NodeFilterValidator.class,
		InterfaceValidator.class, SubstitutionMappingValidator.class, FunctionSignatureValidator.class, FunctionTargetValidator.class,
		InterfaceAssignmentValidator.class, CollectionKindValidator.class })
public class DiacValidator extends AbstractDiacValidator {
}
