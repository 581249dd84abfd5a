package org.diac.dsl.scoping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.library.BuiltInLibrary;
import org.diac.dsl.scoping.ImportResolver.ImportedDocument;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * The type names visible in a document, per kind of type: its own types shadow imported ones, which shadow
 * the built-in library. Imported types are also visible as {@code prefix:Name} when the import declares a
 * {@code namespace_prefix} (TOSCA 1.3 §3.6.3); normative types also under their short names
 * ({@code Compute}, {@code tosca:Compute}; TOSCA 1.3 §5.1).
 */
public class TypeScopes {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private ImportResolver imports;

	@Inject
	private BuiltInLibrary library;

	@Inject
	private IResourceServiceProvider.Registry registry;

	public IScope scope(Resource resource, EClass kind) {
		if (resource == null) {
			return IScope.NULLSCOPE;
		}
		return cache.get(Tuples.create(TypeScopes.class, kind), resource, () -> compute(resource, kind));
	}

	private IScope compute(Resource resource, EClass kind) {
		Map<QualifiedName, IEObjectDescription> names = new LinkedHashMap<>();
		add(names, resource, kind, null);
		if (!BuiltInLibrary.isLibrary(resource.getURI())) {
			for (ImportedDocument imported : imports.closure(resource)) {
				add(names, imported.resource(), kind, imported.namespacePrefix());
			}
			List<Resource> libraryResources = library.resources(resource.getResourceSet());
			for (Resource libraryResource : libraryResources) {
				add(names, libraryResource, kind, null);
			}
			for (Resource libraryResource : libraryResources) {
				addShortNames(names, libraryResource, kind);
			}
		} else {
			for (Resource libraryResource : library.resources(resource.getResourceSet())) {
				add(names, libraryResource, kind, null);
			}
			addShortNames(names, resource, kind);
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, names.values());
	}

	private void add(Map<QualifiedName, IEObjectDescription> names, Resource resource, EClass kind, String prefix) {
		for (IEObjectDescription description : exported(resource, kind)) {
			names.putIfAbsent(description.getName(), description);
			if (prefix != null && !prefix.isBlank()) {
				QualifiedName prefixed = QualifiedName.create(prefix + ":" + description.getName().toString());
				names.putIfAbsent(prefixed, EObjectDescription.create(prefixed, description.getEObjectOrProxy()));
			}
		}
	}

	/** {@code tosca.nodes.Compute} also as {@code Compute} and {@code tosca:Compute}. */
	private void addShortNames(Map<QualifiedName, IEObjectDescription> names, Resource resource, EClass kind) {
		for (IEObjectDescription description : exported(resource, kind)) {
			String name = description.getName().toString();
			if (!name.startsWith("tosca.")) {
				continue;
			}
			int kindEnd = name.indexOf('.', "tosca.".length());
			if (kindEnd < 0) {
				continue;
			}
			String afterKind = name.substring(kindEnd + 1);
			String lastSegment = name.substring(name.lastIndexOf('.') + 1);
			// tosca.nodes.BlockStorage for tosca.nodes.Storage.BlockStorage: the 1.0 names tosca-parser accepts
			String flattened = name.substring(0, kindEnd + 1) + lastSegment;
			for (String alias : List.of(afterKind, "tosca:" + afterKind, lastSegment, "tosca:" + lastSegment, flattened)) {
				QualifiedName qualified = QualifiedName.create(alias);
				names.putIfAbsent(qualified, EObjectDescription.create(qualified, description.getEObjectOrProxy()));
			}
		}
	}

	private Iterable<IEObjectDescription> exported(Resource resource, EClass kind) {
		IResourceServiceProvider provider = registry.getResourceServiceProvider(resource.getURI());
		if (provider == null) {
			return List.of();
		}
		IResourceDescription description = provider.getResourceDescriptionManager().getResourceDescription(resource);
		return description.getExportedObjectsByType(kind);
	}
}
