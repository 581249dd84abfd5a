package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values chosen to break arithmetic and lookups in the semantic checks (huge and special numbers, zero units,
 * self-referencing module references, deep nesting, inverted ranges): the validator reports them with a stable
 * code and a position, and never fails itself.
 */
class HostileValuesTest {

	static List<Object[]> documents() {
		String network = DiacChecksTest.NETWORK;
		return List.of(
				hostile("a stake of 10^400", network.replace("stake: 300", "stake: 1" + "0".repeat(400)), "DIAC-STAKE-SHARE"),
				hostile("a NaN share limit", network.replace("max_stake_share: 0.5", "max_stake_share: .nan"), "TOSCA-CONSTRAINT"),
				hostile("a zero unit stake", network.replace("unit_stake: 100", "unit_stake: 0"), null),
				hostile("a negative stake", network.replace("stake: 300", "stake: -300"), "TOSCA-CONSTRAINT"),
				hostile("a module reference to itself", network.replace("max_operators: 3", "max_operators: \"{{core.max_operators}}\""), null),
				hostile("an input whose default is another input's function",
						network.replace("threshold: { type: integer, default: 100 }", "threshold: { type: integer, default: { get_input: threshold } }"),
						null),
				hostile("signers nested ten thousand deep", network.replace("signers: [ alice, bob ]", "signers: " + "[".repeat(10_000) + "]".repeat(10_000)),
						null),
				hostile("an inverted in_range", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  inputs:\n"
						+ "    i: { type: integer, default: 5, constraints: [ { in_range: [ 9, 1 ] } ] }\n", "TOSCA-CONSTRAINT"),
				hostile("a pattern that is not a regular expression", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n"
						+ "  inputs:\n    i: { type: string, default: x, constraints: [ { pattern: \"([\" } ] }\n", null),
				hostile("occurrences [2, 1]", "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  n:\n    derived_from: tosca.nodes.Root\n"
						+ "    requirements:\n      - r: { capability: tosca.capabilities.Node, occurrences: [ 2, 1 ] }\n", "TOSCA-OCCURRENCES"),
				hostile("a get_input path five thousand elements long", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n"
						+ "  inputs:\n    i: { type: map }\n  outputs:\n    o: { value: { get_input: [ i" + ", k".repeat(5000) + " ] } }\n", null),
				hostile("concat nested a thousand deep", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  outputs:\n"
						+ "    o: { value: " + "{ concat: [ a, ".repeat(1000) + "b" + " ] }".repeat(1000) + " }\n", null),
				hostile("an interface operation that is a function call", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n"
						+ "  node_templates:\n    a:\n      type: tosca.nodes.Compute\n      interfaces: { Standard: { create: { get_input: x } } }\n",
						"TOSCA-FUNCTION-TARGET"),
				hostile("a certificate of binary junk", network.replace("identity: { type: \"X.509\", msp_id: Org1MSP, subject: alice }",
						"identity: { type: \"X.509\", msp_id: Org1MSP, cert: \"-----BEGIN CERTIFICATE-----\\n\\u0000\\u00ff\\n-----END CERTIFICATE-----\" }"),
						"DIAC-CERT-INVALID"));
	}

	private static Object[] hostile(String name, String document, String expectedCode) {
		return new Object[] { name, document, expectedCode };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void isReportedWithACodeAndAPositionNeverACrash(String name, String document, String expectedCode) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(document);
		for (Diagnostic d : diagnostics) {
			assertFalse("DIAC-INTERNAL".equals(d.code()), () -> name + ": the validator failed: " + d);
			assertTrue(d.line() >= 1 && d.column() >= 1 && d.code() != null && !d.message().isBlank(), () -> name + ": " + d);
		}
		if (expectedCode != null) {
			assertTrue(Documents.codes(diagnostics).contains(expectedCode), () -> name + ": expected " + expectedCode + " in " + diagnostics);
		}
	}
}
