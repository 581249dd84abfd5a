package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every TOSCA 1.3 function takes its number and kinds of arguments; names that are no function are errors. */
class FunctionSignatureValidatorTest {

	/** One node template whose attribute {@code x} (untyped: only the function rules apply) is the value under test. */
	private static String withAttribute(String value) {
		return """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  inputs:
				    i: { type: string, default: a }
				  node_templates:
				    a:
				      type: tosca.nodes.Compute
				      attributes:
				        x: %s
				      artifacts:
				        script: { file: run.sh, type: tosca.artifacts.Implementation.Bash }
				""".formatted(value);
	}

	static List<Object[]> accepted() {
		return List.of(new Object[] { "{ concat: [ a, 1, { get_input: i } ] }" }, new Object[] { "{ concat: a }" },
				new Object[] { "{ join: [ [ a, b ] ] }" }, new Object[] { "{ join: [ [ a, { get_input: i } ], \", \" ] }" },
				new Object[] { "{ join: [ { get_input: i }, \"-\" ] }" }, new Object[] { "{ token: [ \"a-*-b\", \"-*-\", 1 ] }" },
				new Object[] { "{ token: [ { get_attribute: [ SELF, public_address ] }, \".\", 0 ] }" },
				new Object[] { "{ get_operation_output: [ SELF, Standard, create, out ] }" },
				new Object[] { "{ get_nodes_of_type: tosca.nodes.Compute }" }, new Object[] { "{ get_artifact: [ SELF, script ] }" },
				new Object[] { "{ get_artifact: [ SELF, script, LOCAL_FILE, true ] }" }, new Object[] { "{ get_secret: [ vault, key ] }" },
				new Object[] { "{ get_attribute: [ SELF, public_address ] }" }, new Object[] { "{ concat: [ { concat: [ a, b ] }, c ] }" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void wellFormedCallsAreAccepted(String call) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(withAttribute(call));
		assertEquals(List.of(), Documents.errorCodes(diagnostics), diagnostics::toString);
	}

	static List<Object[]> rejected() {
		return List.of(new Object[] { "{ concat: [] }" }, new Object[] { "{ concat: [ a, [ b ] ] }" }, new Object[] { "{ concat: [ a, { b: c } ] }" },
				new Object[] { "{ join: a }" }, new Object[] { "{ join: [ [ a ], b, c ] }" }, new Object[] { "{ join: [ [ [ a ] ] ] }" },
				new Object[] { "{ token: [ a, b ] }" }, new Object[] { "{ token: [ a, \"\", 1 ] }" }, new Object[] { "{ token: [ a, b, -1 ] }" },
				new Object[] { "{ token: [ a, b, first ] }" }, new Object[] { "{ get_operation_output: [ SELF, Standard, create ] }" },
				new Object[] { "{ get_operation_output: [ SELF, [ Standard ], create, out ] }" },
				new Object[] { "{ get_nodes_of_type: [ a, b ] }" }, new Object[] { "{ get_artifact: [ SELF ] }" },
				new Object[] { "{ get_artifact: [ SELF, script, LOCAL_FILE, maybe ] }" }, new Object[] { "{ get_attribute: [ SELF ] }" },
				new Object[] { "{ get_attribute: [ SELF, [ a ] ] }" }, new Object[] { "{ get_input: [ i, [ 0 ] ] }" },
				new Object[] { "{ get_inptu: i }" }, new Object[] { "{ get_everything: i }" },
				new Object[] { "{ concat: [ a, { concatenate: [ b ] } ] }" }, new Object[] { "{ join: [ [ a, { tokn: [ b, c, 1 ] } ] ] }" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void wrongArityKindOrNameIsASignatureError(String call) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(withAttribute(call));
		assertEquals(List.of("TOSCA-FUNCTION-SIGNATURE"), Documents.errorCodes(diagnostics), diagnostics::toString);
		assertEquals(9, diagnostics.get(0).line(), diagnostics::toString);
	}

	@Test
	void misspeltFunctionWhereAStringIsExpectedIsASignatureError() throws Exception {
		String document = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    a:
				      type: tosca.nodes.WebServer
				      properties:
				        component_version: { concatenate: [ 1, 2 ] }
				""";
		assertEquals(List.of("TOSCA-FUNCTION-SIGNATURE"), Documents.errorCodes(Documents.validate(document)));
		assertEquals(List.of(), Documents.errorCodes(Documents.validate(document.replace("concatenate", "concat"))));
	}

	@Test
	void singleKeyMapWhereAMapIsExpectedIsData() throws Exception {
		String document = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				node_types:
				  my.Node:
				    derived_from: tosca.nodes.Root
				    properties:
				      labels: { type: map, entry_schema: { type: string } }
				topology_template:
				  node_templates:
				    a:
				      type: my.Node
				      properties:
				        labels: { concatenate: yes }
				""";
		assertEquals(List.of(), Documents.errorCodes(Documents.validate(document)));
	}

	@Test
	void unknownGetterIsAnErrorEvenInAMapProperty() throws Exception {
		String document = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				node_types:
				  my.Node:
				    derived_from: tosca.nodes.Root
				    properties:
				      labels: { type: map, entry_schema: { type: string } }
				topology_template:
				  node_templates:
				    a:
				      type: my.Node
				      properties:
				        labels: { get_inputs: x }
				""";
		List<Diagnostic> diagnostics = Documents.validate(document);
		assertEquals(List.of("TOSCA-FUNCTION-SIGNATURE"), Documents.errorCodes(diagnostics), diagnostics::toString);
	}

	@Test
	void singleKeyMapsInMetadataAreNotCalls() throws Exception {
		String document = "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  links: { get_started: docs/start.md }\n"
				+ "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.Compute\n      metadata: { concat: 1 }\n";
		List<Diagnostic> diagnostics = Documents.validate(document);
		assertFalse(Documents.codes(diagnostics).contains("TOSCA-FUNCTION-SIGNATURE"), diagnostics::toString);
	}

	@Test
	void unknownFunctionInAnOutputIsReported() throws Exception {
		String document = "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  outputs:\n"
				+ "    o: { value: { get_atribute: [ a, b ] } }\n";
		List<Diagnostic> diagnostics = Documents.validate(document);
		assertTrue(Documents.errorCodes(diagnostics).contains("TOSCA-FUNCTION-SIGNATURE"), diagnostics::toString);
	}
}
