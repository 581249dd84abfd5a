package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scalar where TOSCA requires a map or a list is TOSCA-WRONG-KIND at that value, and the rest of the document is
 * still read; where TOSCA has a short form (an operation given as its implementation) the scalar is accepted. Function
 * arguments of the wrong kind are TOSCA-FUNCTION-SIGNATURE.
 */
class CollectionKindValidatorTest {

	private static final String VERSION = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

	private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
		List<Diagnostic> matching = diagnostics.stream().filter(d -> d.code().equals(code)).toList();
		assertEquals(1, matching.size(), diagnostics::toString);
		return matching.get(0);
	}

	@Test
	void aPropertyDefinitionWrittenAsABareValueIsWrongKindAtTheValueAndTheDocumentGoesOn() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				node_types:
				  T:
				    derived_from: tosca.nodes.Root
				    properties:
				      port: 8080
				      name:
				        type: strin
				""");
		Diagnostic wrongKind = only(diagnostics, "TOSCA-WRONG-KIND");
		assertEquals(6, wrongKind.line());
		assertEquals(13, wrongKind.column());
		assertFalse(Documents.codes(diagnostics).contains("YAML-SYNTAX"), diagnostics::toString);
		assertTrue(Documents.codes(diagnostics).contains("TOSCA-UNKNOWN-TYPE"), () -> "the next definition is still checked: " + diagnostics);
	}

	@Test
	void aScalarInterfaceOrRequirementListIsWrongKind() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				node_types:
				  T:
				    derived_from: tosca.nodes.Root
				    interfaces:
				      Standard: tosca.interfaces.node.lifecycle.Standard
				topology_template:
				  node_templates:
				    n:
				      type: T
				      requirements: host
				""");
		List<Integer> lines = diagnostics.stream().filter(d -> d.code().equals("TOSCA-WRONG-KIND")).map(Diagnostic::line).toList();
		assertEquals(List.of(6, 11), lines, diagnostics::toString);
		assertFalse(Documents.codes(diagnostics).contains("YAML-SYNTAX"), diagnostics::toString);
	}

	@Test
	void aScalarRequirementItemIsWrongKindButAShortFormRequirementIsNot() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				topology_template:
				  node_templates:
				    server:
				      type: tosca.nodes.Compute
				    app:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: server
				        - server
				""");
		assertEquals(10, only(diagnostics, "TOSCA-WRONG-KIND").line());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ get_property: SELF }", "{ get_attribute: { a: public_address } }", "{ get_input: { name: i } }" })
	void functionArgumentsOfTheWrongKindAreAFunctionSignatureErrorAtTheArguments(String call) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				topology_template:
				  inputs:
				    i: { type: string, default: x }
				  outputs:
				    o:
				      value: %s
				""".formatted(call));
		Diagnostic signature = only(diagnostics, "TOSCA-FUNCTION-SIGNATURE");
		assertEquals(7, signature.line());
		assertFalse(Documents.codes(diagnostics).contains("YAML-SYNTAX"), diagnostics::toString);
	}

	@Test
	void anOperationGivenAsItsImplementationIsTheShortFormAndAccepted() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				node_types:
				  T:
				    derived_from: tosca.nodes.Root
				    interfaces:
				      Standard:
				        type: tosca.interfaces.node.lifecycle.Standard
				        create: scripts/create.sh
				topology_template:
				  node_templates:
				    n:
				      type: T
				      interfaces:
				        Standard:
				          configure: scripts/configure.sh
				""");
		assertEquals(List.of(), Documents.errorCodes(diagnostics), diagnostics::toString);
	}
}
