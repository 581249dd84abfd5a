package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per diagnostic code: one document that triggers it and a near-identical one that does not. Codes of
 * LANGUAGE.md §6 that are not implemented yet are listed in the README under "Known gaps".
 */
class DiagnosticCodesTest {

	private static final String V = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

	static List<Object[]> pairs() {
		return List.of(
				pair("YAML-SYNTAX", V + "metadata: {a: [b, c}\n", V + "metadata: {a: [b, c]}\n"),
				pair("YAML-TAB", V + "metadata:\n\tk: v\n", V + "metadata:\n  k: v\n"),
				pair("YAML-DUPLICATE-KEY", V + "metadata:\n  k: 1\n  k: 2\n", V + "metadata:\n  k: 1\n  l: 2\n"),
				pair("TOSCA-VERSION", "tosca_definitions_version: tosca_simple_yaml_9\ntopology_template: {}\n", V + "topology_template: {}\n"),
				pair("TOSCA-UNKNOWN-KEY", V + "topology_template:\n  node_temp: {}\n", V + "topology_template:\n  node_templates: {}\n"),
				pair("TOSCA-UNKNOWN-KEY", V + "topology_template:\n  node_templates:\n    a:\n      type: Compute\n      node_types: x\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: Compute\n"),
				pair("TOSCA-MISSING-KEY", V + "topology_template:\n  node_templates:\n    a:\n      description: no type\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.Compute\n"),
				pair("TOSCA-UNKNOWN-TYPE", V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.Nope\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.Compute\n"),
				pair("TOSCA-UNKNOWN-TYPE", V + "relationship_types:\n  r:\n    derived_from: tosca.relationships.Root\n    interfaces:\n      i:\n        inputs:\n          x: { type: nope }\n",
						V + "relationship_types:\n  r:\n    derived_from: tosca.relationships.Root\n    interfaces:\n      i:\n        inputs:\n          x: { type: string }\n"),
				pair("TOSCA-DERIVATION-CYCLE", V + "node_types:\n  a:\n    derived_from: b\n  b:\n    derived_from: a\n",
						V + "node_types:\n  a:\n    derived_from: b\n  b:\n    derived_from: tosca.nodes.Root\n"),
				pair("TOSCA-IMPORT-MISSING", V + "imports:\n  - not-there.yaml\n", V + "imports: []\n"),
				pair("TOSCA-FUNCTION-TARGET", V + "topology_template:\n  inputs:\n    i: {type: integer}\n  node_templates:\n    a:\n      type: diac.nodes.Worker\n      properties:\n        group: { get_input: j }\n",
						V + "topology_template:\n  inputs:\n    i: {type: integer}\n  node_templates:\n    a:\n      type: diac.nodes.Worker\n      properties:\n        group: { get_input: i }\n"),
				pair("TOSCA-FUNCTION-SIGNATURE", node("diac.nodes.Worker", "properties: { image: { concat: [ a, [ b ] ] } }"),
						node("diac.nodes.Worker", "properties: { image: { concat: [ a, b ] } }")),
				pair("TOSCA-FUNCTION-SIGNATURE", node("diac.nodes.Worker", "properties: { image: { get_inptu: x } }"),
						node("diac.nodes.Worker", "properties: { image: { get_input: x } }").replace("topology_template:\n",
								"topology_template:\n  inputs:\n    x: { type: string }\n")),
				pair("TOSCA-REQUIREMENT-TARGET", V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: b\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: c\n    c:\n      type: tosca.nodes.Compute\n"),
				pair("TOSCA-UNKNOWN-PROPERTY", node("diac.nodes.Worker", "properties: { image: a.qcow2, colour: red }"),
						node("diac.nodes.Worker", "properties: { image: a.qcow2 }")),
				pair("TOSCA-UNKNOWN-PROPERTY", V + "dsl_definitions:\n  p: &p { num_cpus: 2, colour: red }\n" + "topology_template:\n  node_templates:\n    a:\n      type: Compute\n      capabilities:\n        host:\n          properties: *p\n",
						V + "dsl_definitions:\n  p: &p { num_cpus: 2 }\n" + "topology_template:\n  node_templates:\n    a:\n      type: Compute\n      capabilities:\n        host:\n          properties: *p\n"),
				pair("TOSCA-REQUIRED-PROPERTY", node("diac.nodes.Operator", "properties: { identity: { type: wallet, address: x1 } }"),
						node("diac.nodes.Operator", "properties: { identity: { type: wallet, address: x1 }, stake: 1 }")),
				pair("TOSCA-CONSTRAINT", node("diac.nodes.Worker", "properties: { group: many }"), node("diac.nodes.Worker", "properties: { group: 3 }")),
				pair("TOSCA-CONSTRAINT", node("diac.nodes.Validator", "properties: { max_response: 2 parsecs }"),
						node("diac.nodes.Validator", "properties: { max_response: 2 s }")),
				pair("TOSCA-CONSTRAINT", node("diac.nodes.Worker", "properties: { status: { alive: yesterday } }"),
						node("diac.nodes.Worker", "properties: { status: { alive: 2026-11-28T10:00:00Z } }")),
				pair("TOSCA-CONSTRAINT", node("tosca.nodes.Compute", "capabilities: { host: { properties: { num_cpus: 0 } } }"),
						node("tosca.nodes.Compute", "capabilities: { host: { properties: { num_cpus: 1 } } }")),
				pair("TOSCA-CONSTRAINT", V + "topology_template:\n  inputs:\n    size: { type: integer, default: 9, constraints: [ { in_range: [ 1, 8 ] } ] }\n",
						V + "topology_template:\n  inputs:\n    size: { type: integer, default: 8, constraints: [ { in_range: [ 1, 8 ] } ] }\n"),
				pair("TOSCA-WRONG-KIND", node("diac.nodes.Worker", "properties: { ports: { protocol: tcp } }"),
						node("diac.nodes.Worker", "properties: { ports: [ { protocol: tcp } ] }")),
				pair("TOSCA-WRONG-KIND", V + "topology_template:\n  node_templates:\n    - a: { type: Compute }\n",
						V + "topology_template:\n  node_templates:\n    a: { type: Compute }\n"),
				pair("TOSCA-WRONG-KIND", V + "imports:\n  file: x.yaml\n", V + "imports:\n  - file: x.yaml\n"),
				pair("TOSCA-REQUIREMENT-TARGET", V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: n\n    n:\n      type: tosca.nodes.network.Network\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: n\n    n:\n      type: tosca.nodes.Compute\n"),
				pair("TOSCA-OCCURRENCES", V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: c\n        - host: c\n    c:\n      type: tosca.nodes.Compute\n",
						V + "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.SoftwareComponent\n      requirements:\n        - host: c\n    c:\n      type: tosca.nodes.Compute\n"),
				pair("TOSCA-UNKNOWN-TEMPLATE", V + "topology_template:\n  node_templates:\n    a: { type: Compute }\n  groups:\n    g: { type: tosca.groups.Root, members: [ b ] }\n",
						V + "topology_template:\n  node_templates:\n    a: { type: Compute }\n  groups:\n    g: { type: tosca.groups.Root, members: [ a ] }\n"),
				pair("DIAC-REFERENCE-UNRESOLVED", V + "topology_template:\n  node_templates:\n    w:\n      type: diac.nodes.Worker\n      properties:\n        image: \"{{artifacts.missing}}\"\n      artifacts:\n        img: {file: x.qcow2, type: diac.artifacts.VmImage}\n",
						V + "topology_template:\n  node_templates:\n    w:\n      type: diac.nodes.Worker\n      properties:\n        image: \"{{artifacts.img}}\"\n      artifacts:\n        img: {file: x.qcow2, type: diac.artifacts.VmImage}\n"));
	}

	/** A topology with one node template {@code a} of {@code type} and the given extra line. */
	private static String node(String type, String line) {
		return V + "topology_template:\n  node_templates:\n    a:\n      type: " + type + "\n      " + line + "\n";
	}

	private static Object[] pair(String code, String triggers, String clean) {
		return new Object[] { code, triggers, clean };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pairs")
	void triggeredByOneDocumentNotByItsNearTwin(String code, String triggers, String clean) throws Exception {
		List<String> found = Documents.codes(Documents.validate(triggers));
		assertTrue(found.contains(code), () -> code + " expected, got " + found);
		List<String> foundInTwin = Documents.codes(Documents.validate(clean));
		assertFalse(foundInTwin.contains(code), () -> code + " not expected in the near-identical document, got " + foundInTwin);
	}
}
