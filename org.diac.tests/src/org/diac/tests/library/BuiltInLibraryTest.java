package org.diac.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.DiacPackage;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.library.BuiltInLibrary;
import org.diac.dsl.library.LibraryIndex;
import org.diac.tests.Documents;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The library's index lists what the parser exports, and a file is parsed only when one of its types is used. */
class BuiltInLibraryTest {

	static List<String> files() {
		return BuiltInLibrary.FILES;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void indexListsExactlyTheExportedTypes(String file) throws Exception {
		Path path = Documents.repository().resolve("org.diac.dsl/src/org/diac/dsl/library").resolve(file);
		List<LibraryIndex.Type> indexed = LibraryIndex.read(Files.readString(path, StandardCharsets.UTF_8));

		XtextResourceSet resourceSet = Documents.injector().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(BuiltInLibrary.uri(file), true);
		List<LibraryIndex.Type> exported = new ArrayList<>();
		for (IEObjectDescription description : IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(resource.getURI())
				.getResourceDescriptionManager().getResourceDescription(resource).getExportedObjectsByType(DiacPackage.Literals.TYPE_DEFINITION)) {
			exported.add(new LibraryIndex.Type(description.getName().toString(), description.getEClass()));
		}
		assertFalse(indexed.isEmpty());
		assertEquals(exported, indexed);
	}

	@Test
	void indexReadsQuotedKeysAndSkipsMembersAndComments() {
		String text = """
				# comment
				data_types:
				  "null":
				    description: x
				  # between
				  my.Type:
				    properties:
				      inner: { type: string }
				node_types:
				  my.Node:
				    derived_from: tosca.nodes.Root
				topology_template:
				  node_templates:
				    n: { type: my.Node }
				""";
		assertEquals(List.of(new LibraryIndex.Type("null", DiacPackage.Literals.DATA_TYPE),
				new LibraryIndex.Type("my.Type", DiacPackage.Literals.DATA_TYPE),
				new LibraryIndex.Type("my.Node", DiacPackage.Literals.NODE_TYPE)), LibraryIndex.read(text));
	}

	@Test
	void plainToscaDocumentNeverParsesTheDiacProfile() throws Exception {
		String text = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    server:
				      type: Compute
				""";
		XtextResource resource = Documents.injector().getInstance(DocumentLoader.class).load(text.getBytes(StandardCharsets.UTF_8),
				URI.createFileURI(Files.createTempDirectory("diac-test").resolve("small.yaml").toString()));
		NodeTemplate server = ((ServiceTemplate) resource.getContents().get(0)).getTopology().getNodeTemplates().get(0);
		assertFalse(server.getType().eIsProxy());
		assertEquals("tosca.nodes.Compute", server.getType().getName());
		List<String> loaded = resource.getResourceSet().getResources().stream().map(r -> r.getURI().lastSegment()).toList();
		assertTrue(loaded.contains("tosca-normative-types.yaml"), loaded.toString());
		assertFalse(loaded.contains(BuiltInLibrary.PROFILE), loaded.toString());
		assertEquals(List.of(), Documents.validate(Files.writeString(Files.createTempDirectory("diac-test").resolve("small.yaml"), text))
				.stream().map(d -> d.toText()).toList());
	}
}
