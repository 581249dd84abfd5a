package org.diac.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.dsl.export.DocumentExport;
import org.diac.dsl.export.JsonTreeWriter;
import org.diac.dsl.validation.IssueCodes;
import org.diac.tests.Documents;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class TreeExporterTest {

	private static final DocumentExport EXPORT = Documents.injector().getInstance(DocumentExport.class);

	private static DocumentExport.Result export(String text) throws Exception {
		return EXPORT.export(text.getBytes(StandardCharsets.UTF_8), "document.diac", URI.createFileURI("/tmp/document.diac"));
	}

	private static Object tree(String text) throws Exception {
		DocumentExport.Result result = export(text);
		assertTrue(result.exported(), () -> result.syntaxErrors().toString());
		return result.tree();
	}

	@Test
	void plainScalarsTakeCoreSchemaTypesAndQuotedOnesStayStrings() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata:
				  count: 42
				  hex: 0x1F
				  ratio: 0.25
				  flag: true
				  nothing: null
				  tilde: ~
				  quoted_count: "42"
				  quoted_flag: 'true'
				  version: 1.0
				  text: hello world
				""");
		Map<?, ?> metadata = (Map<?, ?>) RoundTripTest.at(tree, "metadata");
		assertEquals(42L, metadata.get("count"));
		assertEquals(31L, metadata.get("hex"));
		assertEquals(0.25, metadata.get("ratio"));
		assertEquals(Boolean.TRUE, metadata.get("flag"));
		assertTrue(metadata.containsKey("nothing"));
		assertNull(metadata.get("nothing"));
		assertNull(metadata.get("tilde"));
		assertEquals("42", metadata.get("quoted_count"));
		assertEquals("true", metadata.get("quoted_flag"));
		assertEquals(1.0, metadata.get("version"));
		assertEquals("hello world", metadata.get("text"));
	}

	@Test
	void emptyListEmptyMapAndMissingValueStayDistinct() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata:
				  list: []
				  map: {}
				  none:
				  items:
				    - []
				    - {}
				""");
		assertEquals(new ArrayList<>(), RoundTripTest.at(tree, "metadata", "list"));
		assertEquals(Map.of(), RoundTripTest.at(tree, "metadata", "map"));
		Map<?, ?> metadata = (Map<?, ?>) RoundTripTest.at(tree, "metadata");
		assertTrue(metadata.containsKey("none"));
		assertNull(metadata.get("none"));
		assertEquals(List.of(List.of(), Map.of()), metadata.get("items"));
	}

	@Test
	void referencesKeepTheirWrittenTextAndExtensionKeysTheirPlace() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				x_vendor_extension: kept
				topology_template:
				  node_templates:
				    server:
				      x_note: first
				      type: other:tosca.nodes.Missing
				      requirements:
				        - host: nowhere
				""");
		assertEquals(List.of("tosca_definitions_version", "x_vendor_extension", "topology_template"),
				new ArrayList<>(((Map<?, ?>) tree).keySet()));
		Map<?, ?> server = (Map<?, ?>) RoundTripTest.at(tree, "topology_template", "node_templates", "server");
		assertEquals(List.of("x_note", "type", "requirements"), new ArrayList<>(server.keySet()));
		assertEquals("other:tosca.nodes.Missing", server.get("type"));
		assertEquals(List.of(Map.of("host", "nowhere")), server.get("requirements"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aliasesRepeatTheAnchoredValue() throws Exception {
		Map<String, Object> tree = (Map<String, Object>) tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				dsl_definitions:
				  host_props: &host_props
				    num_cpus: 2
				    mem_size: 2 GB
				topology_template:
				  node_templates:
				    a:
				      type: tosca.nodes.Compute
				      capabilities:
				        host:
				          properties: *host_props
				""");
		Map<String, Object> host = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) tree
				.get("topology_template")).get("node_templates")).get("a")).get("capabilities")).get("host");
		assertEquals(Map.of("num_cpus", 2L, "mem_size", "2 GB"), host.get("properties"));
	}

	@Test
	void structuralAliasesAndMergeKeysExportTheResolvedValue() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				dsl_definitions:
				  base: &base {p: 1, q: "two"}
				  more: &more {q: 3, r: [x]}
				topology_template:
				  node_templates:
				    a: &a
				      type: tosca.nodes.Root
				      requirements: &reqs
				        - dependency: b
				    b: *a
				    c:
				      type: tosca.nodes.Root
				      requirements: *reqs
				      properties:
				        <<: [*base, *more]
				        r: own
				""");
		Map<?, ?> templates = (Map<?, ?>) RoundTripTest.at(tree, "topology_template", "node_templates");
		assertEquals(templates.get("a"), templates.get("b"));
		assertEquals(List.of(Map.of("dependency", "b")), ((Map<?, ?>) templates.get("c")).get("requirements"));
		Map<?, ?> properties = (Map<?, ?>) RoundTripTest.at(tree, "topology_template", "node_templates", "c", "properties");
		assertEquals(List.of("p", "q", "r"), new ArrayList<>(properties.keySet()));
		assertEquals(1L, properties.get("p"));
		assertEquals("two", properties.get("q"));
		assertEquals("own", properties.get("r"));
	}

	@Test
	void emptyFlowCollectionsExportAsEmptyListAndMap() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata:
				  list: []
				  map: {}
				  items: [[], {}]
				  alias: &empty []
				  again: *empty
				""");
		Map<?, ?> metadata = (Map<?, ?>) RoundTripTest.at(tree, "metadata");
		assertEquals(List.of(), metadata.get("list"));
		assertEquals(Map.of(), metadata.get("map"));
		assertEquals(List.of(List.of(), Map.of()), metadata.get("items"));
		assertEquals(List.of(), metadata.get("again"));
		String yaml = org.diac.dsl.export.YamlTreeWriter.write(tree);
		assertTrue(yaml.contains("list: []") && yaml.contains("map: {}"), yaml);
	}

	@Test
	void documentWithSyntaxErrorsIsNotExported() throws Exception {
		DocumentExport.Result result = export("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata: { unclosed: [1, 2 }
				""");
		assertFalse(result.exported());
		assertNull(result.tree());
		assertEquals(IssueCodes.YAML_SYNTAX, result.syntaxErrors().get(0).code());
	}

	@Test
	void jsonKeepsNullsNumbersAndReferences() throws Exception {
		Object tree = tree("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				metadata:
				  stake: 100
				  empty:
				  ref: "{{core.stake_threshold}}"
				""");
		JsonObject metadata = JsonParser.parseString(JsonTreeWriter.write(tree)).getAsJsonObject().getAsJsonObject("metadata");
		assertEquals(100, metadata.get("stake").getAsInt());
		assertTrue(metadata.has("empty") && metadata.get("empty").isJsonNull());
		assertEquals("{{core.stake_threshold}}", metadata.get("ref").getAsString());
	}
}
