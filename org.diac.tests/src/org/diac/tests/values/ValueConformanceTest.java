package org.diac.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An unquoted number or boolean where a string is required: a TOSCA-WRONG-KIND warning at the scalar as a property's
 * whole value (tosca-parser and xOpera read it as a string), an error inside lists, maps and data types and in input
 * defaults (tosca-parser rejects it there); every other kind mismatch stays an error.
 */
class ValueConformanceTest {

	private static final String DOCUMENT = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			data_types:
			  my.Contact:
			    derived_from: tosca.datatypes.Root
			    properties:
			      phone: { type: string }
			node_types:
			  my.Node:
			    derived_from: tosca.nodes.Root
			    properties:
			      label: { type: string, required: false }
			      count: { type: integer, required: false }
			      tags: { type: list, entry_schema: { type: string }, required: false }
			      contact: { type: my.Contact, required: false }
			topology_template:
			  inputs:
			    name: { type: string, default: %s }
			  node_templates:
			    a:
			      type: my.Node
			      properties:
			        %s
			""";

	record Case(String input, String property, String code, Diagnostic.Severity severity, int line) {
		@Override
		public String toString() {
			return "input " + input + ", " + property;
		}
	}

	static List<Case> cases() {
		return List.of(new Case("x", "label: 8080", "TOSCA-WRONG-KIND", Diagnostic.Severity.WARNING, 22),
				new Case("x", "label: 1.5", "TOSCA-WRONG-KIND", Diagnostic.Severity.WARNING, 22),
				new Case("x", "label: true", "TOSCA-WRONG-KIND", Diagnostic.Severity.WARNING, 22),
				new Case("x", "tags: [ a, 2 ]", "TOSCA-WRONG-KIND", Diagnostic.Severity.ERROR, 22),
				new Case("x", "contact: { phone: 123456789 }", "TOSCA-WRONG-KIND", Diagnostic.Severity.ERROR, 22),
				new Case("8080", "label: x", "TOSCA-WRONG-KIND", Diagnostic.Severity.ERROR, 17),
				new Case("x", "count: [ 1 ]", "TOSCA-WRONG-KIND", Diagnostic.Severity.ERROR, 22),
				new Case("x", "label: [ a ]", "TOSCA-WRONG-KIND", Diagnostic.Severity.ERROR, 22));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void kindMismatchHasItsSeverity(Case c) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(DOCUMENT.formatted(c.input(), c.property()));
		assertEquals(1, diagnostics.size(), diagnostics::toString);
		Diagnostic diagnostic = diagnostics.get(0);
		assertEquals(List.of(c.code(), c.severity(), c.line()), List.of(diagnostic.code(), diagnostic.severity(), diagnostic.line()));
	}

	@Test
	void warningMarksTheScalarItselfSoThatQuotingRepairsIt() throws Exception {
		Diagnostic warning = Documents.validate(DOCUMENT.formatted("x", "label: 8080")).get(0);
		assertEquals(List.of(22, 16), List.of(warning.line(), warning.column()));
		assertEquals(List.of(), Documents.validate(DOCUMENT.formatted("x", "label: \"8080\"")));
	}

	@Test
	void quotedAndTextualScalarsAreStrings() throws Exception {
		assertEquals(List.of(), Documents.validate(DOCUMENT.formatted("'8080'", "tags: [ '1', yes, 1.2.3 ]")));
	}

	@Test
	void aNumberBroughtByGetInputIsNotMarkedWhereQuotingCannotRepairIt() throws Exception {
		String document = DOCUMENT.replace("name: { type: string, default: %s }", "port: { type: integer, default: 8080 }")
				.formatted("label: { get_input: port }");
		assertEquals(List.of(), Documents.validate(document));
	}
}
