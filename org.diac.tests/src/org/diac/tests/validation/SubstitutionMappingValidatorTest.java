package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A topology that substitutes a node type covers the type's required properties by inputs or property mappings, and
 * maps only capabilities and requirements that the type and the mapped template's type define.
 */
class SubstitutionMappingValidatorTest {

	private static final String DOCUMENT = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			node_types:
			  my.Database:
			    derived_from: tosca.nodes.Root
			    properties:
			      name: { type: string }
			      port: { type: integer, default: 5432 }
			      owner: { type: string, required: false }
			    capabilities:
			      endpoint: tosca.capabilities.Endpoint.Database
			    requirements:
			      - host: { capability: tosca.capabilities.Compute, relationship: tosca.relationships.HostedOn }
			topology_template:
			  inputs:
			    db_name: { type: string }
			  substitution_mappings:
			    node_type: my.Database
			%s
			  node_templates:
			    dbms:
			      type: tosca.nodes.DBMS
			      properties: { root_password: secret }
			      requirements:
			        - host: server
			    db:
			      type: tosca.nodes.Database
			      properties: { name: { get_input: db_name } }
			      requirements:
			        - host: dbms
			    server:
			      type: tosca.nodes.Compute
			""";

	static List<Object[]> mappings() {
		return List.of(mapping("properties: { name: [ db_name ] }\n    capabilities: { endpoint: [ db, database_endpoint ] }\n"
				+ "    requirements: { host: [ dbms, host ] }", null),
				mapping("properties: { name: { mapping: [ db_name ] } }\n    capabilities: { endpoint: { mapping: [ db, database_endpoint ] } }", null),
				mapping("capabilities: { endpoint: [ db, database_endpoint ] }", "TOSCA-REQUIRED-PROPERTY"),
				mapping("properties: { name: [ db_name ], size: [ db_name ] }", "TOSCA-UNKNOWN-PROPERTY"),
				mapping("properties: { name: [ db_name ] }\n    capabilities: { admin: [ db, database_endpoint ] }", "TOSCA-UNKNOWN-KEY"),
				mapping("properties: { name: [ db_name ] }\n    capabilities: { endpoint: [ db, admin_endpoint ] }", "TOSCA-UNKNOWN-KEY"),
				mapping("properties: { name: [ db_name ] }\n    capabilities: { endpoint: [ nobody, database_endpoint ] }", "TOSCA-UNKNOWN-TEMPLATE"),
				mapping("properties: { name: [ db_name ] }\n    requirements: { storage: [ dbms, host ] }", "TOSCA-UNKNOWN-KEY"),
				mapping("properties: { name: [ db_name ] }\n    requirements: { host: [ dbms, hosting ] }", "TOSCA-UNKNOWN-KEY"));
	}

	private static Object[] mapping(String lines, String code) {
		return new Object[] { lines, code };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mappings")
	void mappingCoversAndNamesWhatTheTypesDefine(String lines, String code) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(DOCUMENT.formatted("    " + lines));
		assertEquals(code == null ? List.of() : List.of(code), Documents.errorCodes(diagnostics), diagnostics::toString);
	}
}
