package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.util.Set;

import org.diac.dsl.diac.CapabilityDefinition;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.InterfaceDefinition;
import org.diac.dsl.diac.InterfaceType;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.Repository;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.TypeMembers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** TOSCA structure: the version (TOSCA 1.3 §3.9.3.1), keys TOSCA does not define, required keys. */
public class StructureValidator extends AbstractDeclarativeValidator {

	static final Set<String> VERSIONS = Set.of("tosca_simple_yaml_1_0", "tosca_simple_yaml_1_1", "tosca_simple_yaml_1_2",
			"tosca_simple_yaml_1_3", "tosca_simple_profile_for_nfv_1_0_0");

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void version(ServiceTemplate template) {
		String version = template.getVersion();
		if (version == null && template.getTopology() == null) {
			// a definitions-only file imported by others: tosca-parser and most tools take the importer's version
			warning("the definitions file has no tosca_definitions_version (TOSCA 1.3 §3.9.3.1)", template, null, IssueCodes.TOSCA_VERSION);
		} else if (version == null) {
			error("the document has no tosca_definitions_version; TOSCA 1.3 §3.9.3.1 requires it (e.g. tosca_simple_yaml_1_3)",
					template, null, IssueCodes.TOSCA_VERSION);
		} else if (!VERSIONS.contains(version.strip())) {
			error("tosca_definitions_version '" + version + "' is not supported; use one of " + String.join(", ", VERSIONS.stream().sorted().toList()),
					template, SERVICE_TEMPLATE__VERSION, IssueCodes.TOSCA_VERSION);
		}
	}

	/** An extension entry is a key the TOSCA grammar of its element does not define. */
	@Check
	public void unknownKey(Entry entry) {
		EReference containment = entry.eContainmentFeature();
		if (containment == null || !"extensions".equals(containment.getName())) {
			return;
		}
		EObject owner = entry.eContainer();
		if (owner instanceof InterfaceDefinition || owner instanceof InterfaceType) {
			// operations are the interface's own keys in TOSCA 1.0-1.2 (TOSCA 1.3 moved them under `operations`)
			return;
		}
		if (owner instanceof ServiceTemplate && entry.getKey() != null && entry.getKey().startsWith("x-")) {
			return;
		}
		String message = "key '" + entry.getKey() + "' is not defined for " + describe(owner) + " by TOSCA 1.3";
		if (EcoreUtil2.getContainerOfType(owner, TypeDefinition.class) != null) {
			// type definitions are shared profiles that other tools annotate (ARIA's _extensions, vendor keys) and TOSCA
			// processors skip unknown keys there; what is deployed, the templates, stays strict
			warning(message + " (ignored in a type definition)", entry, ENTRY__KEY, IssueCodes.TOSCA_UNKNOWN_KEY);
		} else {
			error(message, entry, ENTRY__KEY, IssueCodes.TOSCA_UNKNOWN_KEY);
		}
	}

	/** Property and attribute definitions need a type (TOSCA 1.3 §3.6.10, §3.6.12); inputs and outputs may omit it. */
	@Check
	public void propertyDefinitionType(PropertyDefinition definition) {
		String feature = definition.eContainingFeature() == null ? "" : definition.eContainingFeature().getName();
		if (definition.getType() == null && definition.getWrongKinds().isEmpty() && ("properties".equals(feature) || "attributes".equals(feature))
				&& !refinesInherited(definition)) {
			error(("attributes".equals(feature) ? "attribute '" : "property '") + definition.getName() + "' of " + describe(definition.eContainer())
					+ " has no type; TOSCA 1.3 §3.6.10 requires one", definition, PROPERTY_DEFINITION__NAME, IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	/** A derived type may refine an inherited property and keep its type (the spec's own MySQL example does). */
	private static boolean refinesInherited(PropertyDefinition definition) {
		EObject owner = definition.eContainer();
		TypeDefinition parent = owner instanceof TypeDefinition type ? type.getDerivedFrom()
				: owner instanceof CapabilityDefinition capability ? capability.getType() : null;
		return parent != null && (TypeMembers.properties(parent).containsKey(definition.getName())
				|| TypeMembers.attributes(parent).containsKey(definition.getName()));
	}

	@Check
	public void repositoryUrl(Repository repository) {
		if (repository.getUrl() == null) {
			error("repository '" + repository.getName() + "' has no url; TOSCA 1.3 §3.6.6 requires one", repository, REPOSITORY__NAME,
					IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	@Check
	public void nodeTemplateType(NodeTemplate template) {
		if (template.getType() == null && template.getCopy() == null) {
			error("node template '" + template.getName() + "' has no type; TOSCA 1.3 §3.8.3 requires one", template,
					NODE_TEMPLATE__NAME, IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	@Check
	public void relationshipTemplateType(RelationshipTemplate template) {
		if (template.getType() == null && template.getCopy() == null) {
			error("relationship template '" + template.getName() + "' has no type; TOSCA 1.3 §3.8.4 requires one", template,
					RELATIONSHIP_TEMPLATE__NAME, IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	@Check
	public void groupType(Group group) {
		if (group.getType() == null) {
			error("group '" + group.getName() + "' has no type; TOSCA 1.3 §3.8.5 requires one", group, GROUP__NAME, IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	@Check
	public void policyType(Policy policy) {
		if (policy.getType() == null) {
			error("policy '" + policy.getName() + "' has no type; TOSCA 1.3 §3.8.6 requires one", policy, POLICY__NAME, IssueCodes.TOSCA_MISSING_KEY);
		}
	}

	static String describe(EObject owner) {
		if (owner instanceof ServiceTemplate) {
			return "a service template";
		}
		String kind = owner.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		var name = owner.eClass().getEStructuralFeature("name");
		return name != null && owner.eGet(name) != null ? kind + " '" + owner.eGet(name) + "'" : kind;
	}
}
