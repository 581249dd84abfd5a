package org.diac.dsl.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * The definitions every document sees without importing them: TOSCA's primitive and normative types
 * (TOSCA 1.3 §3.3, §5) and the DiaC profile (LANGUAGE.md §3). They ship as YAML resources of this bundle and
 * are parsed by the language itself, so hovers and go-to-definition work on them like on any document. A file is
 * parsed only when one of its types is used: scopes list the library's types from a {@link LibraryIndex} (a plain
 * TOSCA document never parses the DiaC profile).
 */
public class BuiltInLibrary {

	public static final String PROFILE = "diac-profile-1.0.yaml";
	public static final List<String> FILES = List.of("tosca-primitive-types.yaml", "tosca-normative-types.yaml", "tosca-parser-types.yaml", PROFILE);

	/** The index of every file, read once per JVM: the files are resources of this bundle and never change. */
	private static final class Index {
		static final Map<String, List<LibraryIndex.Type>> TYPES = read();

		private static Map<String, List<LibraryIndex.Type>> read() {
			Map<String, List<LibraryIndex.Type>> types = new LinkedHashMap<>();
			for (String file : FILES) {
				try (InputStream in = BuiltInLibrary.class.getResourceAsStream(file)) {
					if (in == null) {
						throw new IllegalStateException("built-in library file missing from the bundle: " + file);
					}
					types.put(file, LibraryIndex.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return types;
		}
	}

	/** The library's documents in {@code resourceSet}, loaded on first use. */
	public List<Resource> resources(ResourceSet resourceSet) {
		List<Resource> result = new ArrayList<>(FILES.size());
		for (String file : FILES) {
			Resource resource = resourceSet.getResource(uri(file), true);
			result.add(resource);
		}
		return result;
	}

	/**
	 * The library's types of {@code kind} (or a subtype), file by file in {@link #FILES} order, each in document
	 * order; a file is loaded into {@code resourceSet} when one of its types is resolved.
	 */
	public List<IEObjectDescription> types(ResourceSet resourceSet, EClass kind) {
		List<IEObjectDescription> result = new ArrayList<>();
		Index.TYPES.forEach((file, types) -> {
			for (LibraryIndex.Type type : types) {
				if (kind.isSuperTypeOf(type.eClass())) {
					result.add(new LibraryTypeDescription(QualifiedName.create(type.name()), type.eClass(), target(resourceSet, file, type)));
				}
			}
		});
		return result;
	}

	/** The type of {@code description} under another name; a library type stays unparsed until it is resolved. */
	public static IEObjectDescription alias(IEObjectDescription description, QualifiedName alias) {
		return description instanceof LibraryTypeDescription library ? library.alias(alias)
				: EObjectDescription.create(alias, description.getEObjectOrProxy());
	}

	private static Supplier<EObject> target(ResourceSet resourceSet, String file, LibraryIndex.Type type) {
		return new Supplier<>() {
			private volatile EObject target;

			@Override
			public EObject get() {
				if (target == null) {
					target = find(resourceSet.getResource(uri(file), true), type);
				}
				return target;
			}
		};
	}

	private static EObject find(Resource resource, LibraryIndex.Type type) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ServiceTemplate template) {
			for (TypeDefinition definition : template.getTypes()) {
				if (type.name().equals(definition.getName()) && definition.eClass() == type.eClass()) {
					return definition;
				}
			}
		}
		throw new IllegalStateException("the built-in library index names " + type + ", which " + resource.getURI() + " does not define");
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
