package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interfaces of node and relationship templates: the interface exists on the type, its operations on the interface (TOSCA
 * 1.0 style directly under the interface, or 1.3 under {@code operations}), and inputs meet their definitions.
 */
class InterfaceAssignmentValidatorTest {

	private static final String DOCUMENT = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			interface_types:
			  my.Deploy:
			    derived_from: tosca.interfaces.Root
			    inputs:
			      level: { type: integer }
			    operations:
			      deploy:
			        inputs:
			          target: { type: string, constraints: [ { valid_values: [ prod, test ] } ] }
			node_types:
			  my.App:
			    derived_from: tosca.nodes.SoftwareComponent
			    interfaces:
			      Deploy:
			        type: my.Deploy
			        undeploy:
			          inputs:
			            force: { type: boolean }
			topology_template:
			  node_templates:
			    host:
			      type: tosca.nodes.Compute
			    app:
			      type: my.App
			      requirements:
			        - host: host
			      interfaces:
			%s
			  relationship_templates:
			    link:
			      type: tosca.relationships.ConnectsTo
			      interfaces:
			        Configure:
			          pre_configure_source: setup.sh
			""";

	static List<Object[]> assignments() {
		return List.of(assignment("Standard: { create: install.sh, configure: { implementation: configure.sh, inputs: { any: 1 } } }", null),
				assignment("tosca.interfaces.node.lifecycle.Standard: { start: start.sh }", null),
				assignment("Standard: { operations: { create: { implementation: { primary: install.sh, timeout: 60 } } } }", null),
				assignment("Deploy: { inputs: { level: 2 }, deploy: { inputs: { target: prod } }, undeploy: { inputs: { force: true } } }", null),
				assignment("Deploy: { operations: { deploy: { inputs: { target: { get_property: [ SELF, component_version ] } } } } }", null),
				assignment("Standard: { crate: install.sh }", "TOSCA-UNKNOWN-KEY"),
				assignment("Standard: { operations: { begin: install.sh } }", "TOSCA-UNKNOWN-KEY"),
				assignment("Lifecycle: { create: install.sh }", "TOSCA-UNKNOWN-KEY"),
				assignment("Standard: { create: { implementation: install.sh, retries: 3 } }", "TOSCA-UNKNOWN-KEY"),
				assignment("Standard: { create: [ install.sh ] }", "TOSCA-WRONG-KIND"),
				assignment("Standard: [ create ]", "TOSCA-WRONG-KIND"),
				assignment("Deploy: { inputs: { level: high } }", "TOSCA-CONSTRAINT"),
				assignment("Deploy: { deploy: { inputs: { target: staging } } }", "TOSCA-CONSTRAINT"),
				assignment("Deploy: { undeploy: { inputs: { force: maybe } } }", "TOSCA-CONSTRAINT"));
	}

	private static Object[] assignment(String line, String code) {
		return new Object[] { line, code };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("assignments")
	void interfaceAssignmentMeetsItsDefinitions(String line, String code) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(DOCUMENT.formatted("        " + line));
		assertEquals(code == null ? List.of() : List.of(code), Documents.errorCodes(diagnostics), diagnostics::toString);
	}
}
