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
 * Resolves TOSCA imports (TOSCA 1.3 §3.6.3): relative paths against the importing document, transitively, then
 * tosca-parser's folder-suffix layout ({@link #resolvedElsewhere}); cycles are tolerated (each document is visited
 * once). Imports that do not resolve are left to the validator, which reports them as TOSCA-IMPORT-MISSING.
 */
public class ImportResolver {

	/** One imported document and the namespace prefix under which its types may also be named. */
	public record ImportedDocument(Resource resource, String namespacePrefix) {
	}

	/**
	 * The document an import loads, or null when the import names no file: the path as written, relative to the
	 * importing document; when nothing is there, the file {@link #resolvedElsewhere} finds.
	 */
	public URI resolve(Import anImport) {
		URI elsewhere = resolvedElsewhere(anImport);
		return elsewhere != null ? elsewhere : asWritten(anImport);
	}

	/** Whether the import names a document that exists. */
	public boolean exists(Import anImport) {
		return exists(anImport, resolve(anImport));
	}

	/**
	 * The document found by the layout OpenStack tosca-parser also accepts, when the path as written names nothing:
	 * an import whose leading folders repeat the end of the importing document's folder ({@code custom_types/x.yaml}
	 * imported from a file inside {@code custom_types/}) means the file of that name beside the importer. TOSCA 1.3
	 * §3.6.3 resolves relative imports against the importing document only, so a document that relies on this opens
	 * in tosca-parser alone; the validator warns (TOSCA-IMPORT-RESOLVED-ELSEWHERE). Null when the import needs no
	 * fallback or the fallback finds nothing.
	 */
	public URI resolvedElsewhere(Import anImport) {
		URI written = asWritten(anImport);
		URI base = anImport.eResource() == null ? null : anImport.eResource().getURI();
		if (written == null || base == null || !base.isHierarchical() || base.isRelative() || exists(anImport, written)) {
			return null;
		}
		URI relative = URI.createURI(path(anImport.getFile()));
		if (!relative.isRelative() || relative.hasAbsolutePath() || relative.segmentCount() < 2) {
			return null;
		}
		List<String> folders = relative.segmentsList().subList(0, relative.segmentCount() - 1);
		List<String> baseFolders = base.segmentsList().subList(0, base.segmentCount() - 1);
		if (folders.contains("..") || folders.contains(".") || folders.contains("") || folders.size() > baseFolders.size()
				|| !baseFolders.subList(baseFolders.size() - folders.size(), baseFolders.size()).equals(folders)) {
			return null;
		}
		URI beside = base.trimSegments(1).appendSegment(relative.lastSegment());
		return exists(anImport, beside) ? beside : null;
	}

	/** The import's path as written, resolved against the importing document (TOSCA 1.3 §3.6.3); null if it names no file. */
	public URI asWritten(Import anImport) {
		String file = anImport.getFile();
		if (file == null || file.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.createURI(path(file));
		} catch (IllegalArgumentException e) {
			return null;
		}
		URI base = anImport.eResource() == null ? null : anImport.eResource().getURI();
		if (uri.isRelative() && base != null && base.isHierarchical() && !base.isRelative()) {
			uri = uri.resolve(base);
		}
		return uri;
	}

	/** {@code file:x.yaml} is a relative path too; backslashes are folder separators written on Windows. */
	private static String path(String file) {
		String path = file.trim();
		if (path.startsWith("file:") && !path.startsWith("file:/")) {
			path = path.substring("file:".length());
		}
		return path.replace('\\', '/');
	}

	private static boolean exists(Import anImport, URI uri) {
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
					if (uri == null || !seen.add(uri) || !exists(anImport, uri)) {
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
