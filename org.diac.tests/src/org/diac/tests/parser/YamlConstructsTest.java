package org.diac.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;

/** Each YAML construct of LANGUAGE.md §2 reaches the model with the value YAML gives it. */
class YamlConstructsTest {

	private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates:\n    n:\n      type: tosca.nodes.Root\n      properties:\n";

	private static ServiceTemplate parse(String text) throws Exception {
		ParseHelper<ServiceTemplate> helper = Documents.injector().getInstance(Key.get(new TypeLiteral<ParseHelper<ServiceTemplate>>() {
		}));
		ServiceTemplate template = helper.parse(text);
		assertTrue(template.eResource().getErrors().isEmpty(), () -> "syntax errors: " + template.eResource().getErrors());
		return template;
	}

	private static PropertyAssignment property(String properties, String name) throws Exception {
		NodeTemplate node = parse(HEADER + properties).getTopology().getNodeTemplates().get(0);
		return node.getProperties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static String scalar(PropertyAssignment property) {
		return assertInstanceOf(ScalarValue.class, property.getValue()).getValue();
	}

	@Test
	void anEmptySequenceItemIsFollowedByItsSiblingNotByANestedList() throws Exception {
		ListValue list = assertInstanceOf(ListValue.class, property("        l:\n          -\n          - x\n", "l").getValue());
		assertEquals("x", assertInstanceOf(ScalarValue.class, list.getItems().get(list.getItems().size() - 1)).getValue());
	}

	@Test
	void anAliasReadsTheValueItsAnchorAnnotates() throws Exception {
		ServiceTemplate template = parse("tosca_definitions_version: tosca_simple_yaml_1_3\ndsl_definitions:\n  sizes: &sizes [1, 2]\n"
				+ "topology_template:\n  node_templates:\n    n:\n      type: tosca.nodes.Root\n      properties:\n        l: *sizes\n");
		PropertyAssignment property = template.getTopology().getNodeTemplates().get(0).getProperties().get(0);
		ListValue list = assertInstanceOf(ListValue.class, org.diac.dsl.values.EffectiveValues.resolve(property.getValue()));
		assertEquals(List.of("1", "2"), list.getItems().stream().map(v -> ((ScalarValue) v).getValue()).toList());
	}

	@Test
	void blockMappingAndPlainScalars() throws Exception {
		ServiceTemplate template = parse(HEADER + "        a: 1\n        b: two words\n");
		assertEquals("tosca_simple_yaml_1_3", template.getVersion());
		assertEquals("two words", scalar(template.getTopology().getNodeTemplates().get(0).getProperties().get(1)));
	}

	@Test
	void flowSequenceAndFlowMappingHaveTheBlockShape() throws Exception {
		ListValue list = assertInstanceOf(ListValue.class, property("        l: [a, 'b', \"c\"]\n", "l").getValue());
		assertEquals(List.of("a", "b", "c"), list.getItems().stream().map(v -> ((ScalarValue) v).getValue()).toList());
		MapValue map = assertInstanceOf(MapValue.class, property("        m: { k: v, n: [1, {x: y}] }\n", "m").getValue());
		assertEquals(List.of("k", "n"), map.getEntries().stream().map(e -> e.getKey()).toList());
	}

	@Test
	void nestedFlowCollectionsSpanLines() throws Exception {
		ListValue list = assertInstanceOf(ListValue.class, property("        l: [ a,\n          [b, c],\n          {d: e} ]\n", "l").getValue());
		assertEquals(3, list.getItems().size());
		assertInstanceOf(ListValue.class, list.getItems().get(1));
		assertInstanceOf(MapValue.class, list.getItems().get(2));
	}

	@Test
	void blockSequenceOfMappingsAndIndentlessSequence() throws Exception {
		ListValue block = assertInstanceOf(ListValue.class, property("        l:\n          - a: 1\n            b: 2\n          - c\n", "l").getValue());
		assertEquals(2, assertInstanceOf(MapValue.class, block.getItems().get(0)).getEntries().size());
		ListValue indentless = assertInstanceOf(ListValue.class, property("        l:\n        - x\n        - y\n        z: 1\n", "l").getValue());
		assertEquals(2, indentless.getItems().size());
	}

	@Test
	void quotedScalarsUnescape() throws Exception {
		assertEquals("a\"b\n\u00e9", scalar(property("        s: \"a\\\"b\\n\\u00e9\"\n", "s")));
		assertEquals("it's", scalar(property("        s: 'it''s'\n", "s")));
	}

	@Test
	void literalAndFoldedBlockScalarsWithChomping() throws Exception {
		assertEquals("line one\nline two\n", scalar(property("        s: |\n          line one\n          line two\n        t: 1\n", "s")));
		assertEquals("line one line two", scalar(property("        s: >-\n          line one\n          line two\n", "s")));
		assertEquals("keep\n\n", scalar(property("        s: |+\n          keep\n\n        t: 1\n", "s")));
	}

	@Test
	void multiLinePlainScalarFolds() throws Exception {
		assertEquals("first second third", scalar(property("        s: first\n          second\n          third\n", "s")));
	}

	@Test
	void commentsAndDocumentStartAreIgnored() throws Exception {
		ServiceTemplate template = parse("# header\n---\ntosca_definitions_version: tosca_simple_yaml_1_3 # trailing\n# between\ndescription: x#not-a-comment\n");
		assertEquals("x#not-a-comment", template.getDescription());
	}

	@Test
	void keywordsStayUsableAsNames() throws Exception {
		assertEquals("value", scalar(property("        type: value\n        description: d\n", "type")));
	}

	@Test
	void anEmptyFlowSequenceIsAListAndAnEmptyFlowMappingAMap() throws Exception {
		assertEquals(0, assertInstanceOf(ListValue.class, property("        l: []\n", "l").getValue()).getItems().size());
		assertEquals(0, assertInstanceOf(MapValue.class, property("        m: {}\n", "m").getValue()).getEntries().size());
		ListValue nested = assertInstanceOf(ListValue.class, property("        l:\n          - []\n          - {}\n          - [ ]\n", "l").getValue());
		assertInstanceOf(ListValue.class, nested.getItems().get(0));
		assertInstanceOf(MapValue.class, nested.getItems().get(1));
		assertInstanceOf(ListValue.class, nested.getItems().get(2));
	}

	@Test
	void emptyFlowCollectionsStandForEmptyTemplatesRequirementsAndPolicies() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate("tosca_definitions_version: tosca_simple_yaml_1_3\nimports: []\n"
				+ "topology_template:\n  inputs: {}\n  node_templates:\n    n:\n      type: tosca.nodes.Root\n      requirements: []\n"
				+ "      capabilities: {}\n  policies: []\n  groups: {}\n");
		assertEquals(List.of(), Documents.errorCodes(diagnostics), diagnostics::toString);
	}

	@Test
	void emptyFlowCollectionsKeepTheirKindInValidation() throws Exception {
		String type = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  T:\n    derived_from: tosca.nodes.Root\n"
				+ "    properties:\n      l:\n        type: list\n        entry_schema: string\n        default: %s\n"
				+ "      m:\n        type: map\n        entry_schema: string\n        default: %s\n";
		assertEquals(List.of(), Documents.errorCodes(Documents.validate(type.formatted("[]", "{}"))));
		List<Diagnostic> swapped = Documents.validate(type.formatted("{}", "[]"));
		assertEquals(List.of(9, 13), swapped.stream().filter(d -> d.code().equals("TOSCA-WRONG-KIND")).map(Diagnostic::line).toList(),
				swapped::toString);
	}

	@Test
	void aByteOrderMarkBeforeTheFirstKeyIsIgnored() throws Exception {
		ServiceTemplate template = parse("\uFEFFtosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  a: 1\n");
		assertEquals("tosca_simple_yaml_1_3", template.getVersion());
		Path file = Files.createTempDirectory("diac-bom").resolve("bom.yaml");
		byte[] text = "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: d\n".getBytes(StandardCharsets.UTF_8);
		byte[] withMark = new byte[text.length + 3];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withMark, 3, text.length);
		Files.write(file, withMark);
		assertEquals(List.of(), Documents.validate(file));
	}

	@Test
	void jsonDocumentParses() throws Exception {
		ServiceTemplate template = parse("{\"tosca_definitions_version\": \"tosca_simple_yaml_1_3\", \"description\": \"json\"}");
		assertEquals("json", template.getDescription());
	}
}
