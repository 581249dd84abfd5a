package org.diac.dsl.scoping;

import java.util.ArrayList;
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
		boolean isLibrary = BuiltInLibrary.isLibrary(resource.getURI());
		if (!isLibrary) {
			for (ImportedDocument imported : imports.closure(resource)) {
				add(names, imported.resource(), kind, imported.namespacePrefix());
			}
		}
		// the library's types come from its index: a file is parsed only when a link resolves to one of its types
		List<IEObjectDescription> libraryTypes = library.types(resource.getResourceSet(), kind);
		for (IEObjectDescription description : libraryTypes) {
			names.putIfAbsent(description.getName(), description);
		}
		addShortNames(names, isLibrary ? list(exported(resource, kind)) : libraryTypes);
		return MapBasedScope.createScope(IScope.NULLSCOPE, names.values());
	}

	private static List<IEObjectDescription> list(Iterable<IEObjectDescription> descriptions) {
		List<IEObjectDescription> result = new ArrayList<>();
		descriptions.forEach(result::add);
		return result;
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

	/**
	 * {@code tosca.nodes.Compute} also as {@code Compute} and {@code tosca:Compute}. Names after the kind segment
	 * win over last-segment and flattened forms, so {@code Compute} is tosca.nodes.Compute, never
	 * tosca.nodes.Abstract.Compute.
	 */
	private void addShortNames(Map<QualifiedName, IEObjectDescription> names, List<IEObjectDescription> descriptions) {
		List<IEObjectDescription> normative = new ArrayList<>();
		for (IEObjectDescription description : descriptions) {
			String name = description.getName().toString();
			if (name.startsWith("tosca.") && name.indexOf('.', "tosca.".length()) > 0) {
				normative.add(description);
			}
		}
		for (boolean exactPass : new boolean[] { true, false }) {
			for (IEObjectDescription description : normative) {
				String name = description.getName().toString();
				int kindEnd = name.indexOf('.', "tosca.".length());
				String afterKind = name.substring(kindEnd + 1);
				String lastSegment = name.substring(name.lastIndexOf('.') + 1);
				// tosca.nodes.BlockStorage for tosca.nodes.Storage.BlockStorage: the 1.0 names tosca-parser accepts
				String flattened = name.substring(0, kindEnd + 1) + lastSegment;
				List<String> aliases = exactPass ? List.of(afterKind, "tosca:" + afterKind)
						: List.of(lastSegment, "tosca:" + lastSegment, flattened);
				for (String alias : aliases) {
					QualifiedName qualified = QualifiedName.create(alias);
					if (!names.containsKey(qualified)) {
						names.put(qualified, BuiltInLibrary.alias(description, qualified));
					}
				}
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
