package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What functions name exists: nested paths of get_input and get_property select into the data type; get_operation_output
 * names an interface and operation of its entity, get_nodes_of_type a node type, get_artifact an artifact.
 */
class FunctionTargetValidatorTest {

	private static final String DOCUMENT = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			data_types:
			  my.Endpoint:
			    derived_from: tosca.datatypes.Root
			    properties:
			      host: { type: string }
			      ports: { type: list, entry_schema: { type: my.Port } }
			      labels: { type: map, entry_schema: { type: string }, required: false }
			  my.Port:
			    derived_from: tosca.datatypes.Root
			    properties:
			      number: { type: integer }
			node_types:
			  my.Service:
			    derived_from: tosca.nodes.SoftwareComponent
			    properties:
			      endpoint: { type: my.Endpoint, required: false }
			      note: { type: string, required: false }
			topology_template:
			  inputs:
			    endpoint: { type: my.Endpoint }
			  node_templates:
			    host:
			      type: tosca.nodes.Compute
			    service:
			      type: my.Service
			      requirements:
			        - host: host
			      artifacts:
			        installer: { file: install.sh, type: tosca.artifacts.Implementation.Bash }
			      attributes:
			        x: %s
			""";

	static List<Object[]> targets() {
		return List.of(target("{ get_input: [ endpoint, ports, 0, number ] }", null),
				target("{ get_input: [ endpoint, labels, anything ] }", null),
				target("{ get_input: [ endpoint, port ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_input: [ endpoint, ports, first ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_input: [ endpoint, host, 0 ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_property: [ SELF, endpoint, ports, 0, number ] }", null),
				target("{ get_property: [ SELF, endpoint, ports, 0, numbr ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_property: [ SELF, note, 0 ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_operation_output: [ SELF, Standard, configure, result ] }", null),
				target("{ get_operation_output: [ host, tosca.interfaces.node.lifecycle.Standard, start, result ] }", null),
				target("{ get_operation_output: [ SELF, Standard, deploy, result ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_operation_output: [ SELF, Lifecycle, create, result ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_operation_output: [ nobody, Standard, create, result ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_nodes_of_type: Compute }", null),
				target("{ get_nodes_of_type: my.Service }", null),
				target("{ get_nodes_of_type: my.Nothing }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_artifact: [ SELF, installer ] }", null),
				target("{ get_artifact: [ service, installer, LOCAL_FILE ] }", null),
				target("{ get_artifact: [ SELF, uninstaller ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_artifact: [ nobody, installer ] }", "TOSCA-FUNCTION-TARGET"),
				target("{ get_artifact: [ HOST, anything ] }", null));
	}

	private static Object[] target(String call, String code) {
		return new Object[] { call, code };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void namedTargetExistsOrIsReported(String call, String code) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(DOCUMENT.formatted(call));
		assertEquals(code == null ? List.of() : List.of(code), Documents.errorCodes(diagnostics), diagnostics::toString);
	}
}
