package org.diac.dsl.scoping;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.model.ModulePaths;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Scopes of every cross-reference: type names come from {@link TypeScopes} (document, imports, built-in
 * library); template, input and module references are looked up in the document itself. Each scope is built
 * once per resource and kind, so linking stays linear in the number of references.
 */
public class DiacScopeProvider extends AbstractDiacScopeProvider {

	@Inject
	private TypeScopes typeScopes;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private ModulePaths modulePaths;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (reference == MODULE_REFERENCE__TARGET) {
			return cached(resource, "modules", () -> MapBasedScope.createScope(IScope.NULLSCOPE, modulePaths.describe(root(resource))));
		}
		if (reference == GET_INPUT__INPUT) {
			return cached(resource, "inputs", () -> local(inputs(resource), PropertyDefinition::getName));
		}
		if (reference == NODE_TEMPLATE__COPY || reference == GROUP__MEMBERS) {
			return nodeTemplates(resource);
		}
		if (reference == RELATIONSHIP_TEMPLATE__COPY) {
			return relationshipTemplates(resource, IScope.NULLSCOPE);
		}
		if (reference == REQUIREMENT_ASSIGNMENT__NODE) {
			return cached(resource, "node-targets", () -> withParent(nodeTemplates(resource), typeScopes.scope(resource, NODE_TYPE)));
		}
		if (reference == REQUIREMENT_ASSIGNMENT__RELATIONSHIP) {
			return relationshipTemplates(resource, typeScopes.scope(resource, RELATIONSHIP_TYPE));
		}
		if (reference == POLICY__TARGETS) {
			return cached(resource, "policy-targets", () -> {
				TopologyTemplate topology = topology(resource);
				List<EObject> targets = new ArrayList<>();
				if (topology != null) {
					targets.addAll(topology.getNodeTemplates());
					targets.addAll(topology.getGroups());
				}
				return local(targets, DiacScopeProvider::nameOf);
			});
		}
		if (reference == GET_ENTITY_VALUE__ENTITY) {
			return cached(resource, "entities", () -> withParent(nodeTemplates(resource), relationshipTemplates(resource, IScope.NULLSCOPE)));
		}
		return typeScopes.scope(resource, expectedType(context, reference));
	}

	/** The kind of type a type reference admits (TOSCA 1.3 §3.7: derived_from stays within its own kind). */
	private static EClass expectedType(EObject context, EReference reference) {
		if (reference == TYPE_DEFINITION__DERIVED_FROM) {
			return context.eClass();
		}
		if (reference == CAPABILITY_TYPE__VALID_SOURCE_TYPES || reference == CAPABILITY_DEFINITION__VALID_SOURCE_TYPES
				|| reference == GROUP_TYPE__MEMBER_TYPES || reference == REQUIREMENT_DEFINITION__NODE) {
			return NODE_TYPE;
		}
		if (reference == RELATIONSHIP_TYPE__VALID_TARGET_TYPES || reference == REQUIREMENT_DEFINITION__CAPABILITY) {
			return CAPABILITY_TYPE;
		}
		if (reference == REQUIREMENT_DEFINITION__RELATIONSHIP) {
			return RELATIONSHIP_TYPE;
		}
		if (reference == POLICY_TYPE__TARGET_TYPES) {
			return TYPE_DEFINITION;
		}
		return reference.getEReferenceType();
	}

	private IScope nodeTemplates(Resource resource) {
		return cached(resource, "node-templates", () -> {
			TopologyTemplate topology = topology(resource);
			return local(topology == null ? List.of() : topology.getNodeTemplates(), NodeTemplate::getName);
		});
	}

	private IScope relationshipTemplates(Resource resource, IScope parent) {
		TopologyTemplate topology = topology(resource);
		List<RelationshipTemplate> templates = topology == null ? List.of() : topology.getRelationshipTemplates();
		return withParent(local(templates, RelationshipTemplate::getName), parent);
	}

	private static IScope withParent(IScope local, IScope parent) {
		return MapBasedScope.createScope(parent, local.getAllElements());
	}

	private static List<PropertyDefinition> inputs(Resource resource) {
		TopologyTemplate topology = topology(resource);
		return topology == null ? List.of() : topology.getInputs();
	}

	private static <T extends EObject> IScope local(List<? extends T> objects, Function<T, String> name) {
		Map<QualifiedName, IEObjectDescription> byName = new LinkedHashMap<>();
		for (T object : objects) {
			String value = name.apply(object);
			if (value != null && !value.isEmpty()) {
				QualifiedName qualified = QualifiedName.create(value);
				byName.putIfAbsent(qualified, EObjectDescription.create(qualified, object));
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, byName.values());
	}

	private static String nameOf(EObject object) {
		Object name = object.eGet(object.eClass().getEStructuralFeature("name"));
		return name instanceof String s ? s : null;
	}

	private IScope cached(Resource resource, String kind, java.util.function.Supplier<IScope> compute) {
		return cache.get(Tuples.create(DiacScopeProvider.class, kind), resource, compute::get);
	}

	static ServiceTemplate root(Resource resource) {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ServiceTemplate t ? t : null;
	}

	static TopologyTemplate topology(Resource resource) {
		ServiceTemplate root = root(resource);
		return root == null ? null : root.getTopology();
	}
}
