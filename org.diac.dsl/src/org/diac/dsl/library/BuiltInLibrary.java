package org.diac.dsl.library;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The definitions every document sees without importing them: TOSCA's primitive and normative types
 * (TOSCA 1.3 §3.3, §5) and the DiaC profile (LANGUAGE.md §3). They ship as YAML resources of this bundle and
 * are parsed by the language itself, so hovers and go-to-definition work on them like on any document.
 */
public class BuiltInLibrary {

	public static final String PROFILE = "diac-profile-1.0.yaml";
	public static final List<String> FILES = List.of("tosca-primitive-types.yaml", "tosca-normative-types.yaml", "tosca-parser-types.yaml", PROFILE);

	/** The library's documents in {@code resourceSet}, loaded on first use. */
	public List<Resource> resources(ResourceSet resourceSet) {
		List<Resource> result = new ArrayList<>(FILES.size());
		for (String file : FILES) {
			Resource resource = resourceSet.getResource(uri(file), true);
			result.add(resource);
		}
		return result;
	}

	public static URI uri(String file) {
		URL url = BuiltInLibrary.class.getResource(file);
		if (url == null) {
			throw new IllegalStateException("built-in library file missing from the bundle: " + file);
		}
		return URI.createURI(url.toString());
	}

	public static boolean isLibrary(URI uri) {
		for (String file : FILES) {
			if (uri.lastSegment() != null && uri.lastSegment().equals(file) && uri.toString().contains("org/diac/dsl/library/")) {
				return true;
			}
		}
		return false;
	}
}
