package org.diac.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.Import;
import org.diac.dsl.diac.ServiceTemplate;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Resolves TOSCA imports (TOSCA 1.3 §3.6.3): relative paths against the importing document, transitively;
 * cycles are tolerated (each document is visited once). Imports that do not resolve are left to the
 * validator, which reports them as TOSCA-IMPORT-MISSING.
 */
public class ImportResolver {

	/** One imported document and the namespace prefix under which its types may also be named. */
	public record ImportedDocument(Resource resource, String namespacePrefix) {
	}

	/** The import's document URI, or null when the import names no file. */
	public URI resolve(Import anImport) {
		String file = anImport.getFile();
		if (file == null || file.isBlank()) {
			return null;
		}
		String path = file.trim();
		if (path.startsWith("file:") && !path.startsWith("file:/")) {
			path = path.substring("file:".length());
		}
		URI uri;
		try {
			uri = URI.createURI(path.replace('\\', '/'));
		} catch (IllegalArgumentException e) {
			return null;
		}
		URI base = anImport.eResource() == null ? null : anImport.eResource().getURI();
		if (uri.isRelative() && base != null && base.isHierarchical() && !base.isRelative()) {
			uri = uri.resolve(base);
		}
		return uri;
	}

	/** Whether the import names a document that exists. */
	public boolean exists(Import anImport) {
		URI uri = resolve(anImport);
		ResourceSet resourceSet = anImport.eResource() == null ? null : anImport.eResource().getResourceSet();
		return uri != null && resourceSet != null && resourceSet.getURIConverter().exists(uri, null);
	}

	/** Every document {@code root} imports, directly or not, in breadth-first order, each once. */
	public List<ImportedDocument> closure(Resource root) {
		List<ImportedDocument> result = new ArrayList<>();
		Set<URI> seen = new LinkedHashSet<>();
		seen.add(root.getURI());
		List<Resource> frontier = List.of(root);
		while (!frontier.isEmpty()) {
			List<Resource> next = new ArrayList<>();
			for (Resource resource : frontier) {
				for (Import anImport : imports(resource)) {
					URI uri = resolve(anImport);
					if (uri == null || !seen.add(uri) || !exists(anImport)) {
						continue;
					}
					Resource imported = load(resource.getResourceSet(), uri);
					if (imported != null) {
						result.add(new ImportedDocument(imported, anImport.getNamespacePrefix()));
						next.add(imported);
					}
				}
			}
			frontier = next;
		}
		return result;
	}

	private static List<Import> imports(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ServiceTemplate template)) {
			return List.of();
		}
		return template.getImports();
	}

	private static Resource load(ResourceSet resourceSet, URI uri) {
		try {
			return resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			// unreadable or not a TOSCA document: the importing document's validation reports it
			return null;
		}
	}
}
