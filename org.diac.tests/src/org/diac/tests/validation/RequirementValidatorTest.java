package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;

/**
 * A requirement target of another node type than the definition names: an error for requirements of the DiaC profile
 * (the mapper and the chain rely on the target's type), a warning for plain TOSCA types when the target still offers
 * the capability (tosca-parser accepts those).
 */
class RequirementValidatorTest {

	private static final String V = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

	@Test
	void diacRequirementTargetOfAnotherNodeTypeIsAnError() throws Exception {
		String document = V + """
				topology_template:
				  node_templates:
				    server: { type: tosca.nodes.Compute }
				    checker:
				      type: diac.nodes.Validator
				      requirements:
				        - validates: server
				""";
		assertEquals(List.of(List.of("TOSCA-REQUIREMENT-TARGET", Diagnostic.Severity.ERROR)), codesAndSeverities(document));
		assertEquals(List.of(), codesAndSeverities(document.replace("server: { type: tosca.nodes.Compute }", "server: { type: diac.nodes.Worker }")));
	}

	@Test
	void diacRequirementInheritedByAUserTypeIsStillAnError() throws Exception {
		String document = V + """
				node_types:
				  my.Checker:
				    derived_from: diac.nodes.Validator
				topology_template:
				  node_templates:
				    server: { type: tosca.nodes.Compute }
				    checker:
				      type: my.Checker
				      requirements:
				        - validates: server
				""";
		assertEquals(List.of(List.of("TOSCA-REQUIREMENT-TARGET", Diagnostic.Severity.ERROR)), codesAndSeverities(document));
	}

	@Test
	void toscaRequirementTargetOfAnotherNodeTypeOfferingTheCapabilityIsAWarning() throws Exception {
		String document = V + """
				node_types:
				  my.Runtime:
				    derived_from: tosca.nodes.Root
				    capabilities:
				      host: tosca.capabilities.Compute
				topology_template:
				  node_templates:
				    runtime: { type: my.Runtime }
				    app:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: runtime
				""";
		assertEquals(List.of(List.of("TOSCA-REQUIREMENT-TARGET", Diagnostic.Severity.WARNING)), codesAndSeverities(document));
	}

	@Test
	void toscaRequirementTargetLackingTheCapabilityIsAnError() throws Exception {
		String document = V + """
				topology_template:
				  node_templates:
				    net: { type: tosca.nodes.network.Network }
				    app:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: net
				""";
		assertEquals(List.of(List.of("TOSCA-REQUIREMENT-TARGET", Diagnostic.Severity.ERROR)), codesAndSeverities(document));
	}

	@Test
	void requirementExposedBySubstitutionMappingsIsNotDangling() throws Exception {
		String document = """
				tosca_definitions_version: tosca_simple_yaml_1_0
				node_types:
				  example.Site:
				    derived_from: tosca.nodes.Root
				    requirements:
				      - platform: { capability: tosca.capabilities.Compute, relationship: tosca.relationships.HostedOn }
				topology_template:
				  substitution_mappings:
				    node_type: example.Site
				    requirements:
				      platform: [ web, host ]
				  node_templates:
				    web:
				      type: tosca.nodes.WebServer
				""";
		assertEquals(List.of(), codesAndSeverities(document));
		assertEquals(List.of(List.of("TOSCA-OCCURRENCES", Diagnostic.Severity.ERROR)),
				codesAndSeverities(document.replace("      platform: [ web, host ]\n", "      platform: [ web, dependency ]\n")));
	}

	private static List<List<Object>> codesAndSeverities(String document) throws Exception {
		return Documents.validate(document).stream().map(d -> List.<Object>of(d.code(), d.severity())).toList();
	}
}
