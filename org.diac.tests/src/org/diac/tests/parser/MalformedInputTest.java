package org.diac.tests.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed or hostile input never throws and always yields a positioned error with a stable code. */
class MalformedInputTest {

	static List<Object[]> documents() {
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		String deep = "a:\n" + "  ".repeat(1) + "b: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
		return List.of(
				new Object[] { "unclosed flow sequence", "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: [a, b\n", "YAML-SYNTAX" },
				new Object[] { "unclosed flow mapping", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: {a: b\n", "YAML-SYNTAX" },
				new Object[] { "unclosed quote", "tosca_definitions_version: \"tosca_simple_yaml_1_3\ndescription: x\n", "YAML-SYNTAX" },
				new Object[] { "tab indentation", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n\tkey: v\n", "YAML-TAB" },
				new Object[] { "bad indentation", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n    a: 1\n  b: 2\n", "YAML-SYNTAX" },
				new Object[] { "stray closing bracket", "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: ]\n", "YAML-SYNTAX" },
				new Object[] { "binary junk", new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1), null },
				new Object[] { "deep nesting", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  " + deep, null },
				new Object[] { "huge scalar", "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: " + "x".repeat(2_000_000) + "\nnode_temp: 1\n", "TOSCA-UNKNOWN-KEY" },
				new Object[] { "derived_from loop", "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  a:\n    derived_from: b\n  b:\n    derived_from: a\n", "TOSCA-DERIVATION-CYCLE" },
				new Object[] { "imports itself", "tosca_definitions_version: tosca_simple_yaml_1_3\nimports:\n  - document.diac\n", null },
				new Object[] { "undefined alias", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates: *none\n", "YAML-SYNTAX" },
				new Object[] { "recursive alias", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: &m {a: *m}\n", "YAML-SYNTAX" },
				new Object[] { "merge of a scalar", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  s: &s text\n  m:\n    <<: *s\n", "YAML-SYNTAX" },
				new Object[] { "alias bomb", "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  a: &a [x, x, x, x, x, x, x, x]\n"
						+ "  b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
						+ "  e: &e [*d, *d, *d, *d, *d, *d, *d, *d]\n  f: &f [*e, *e, *e, *e, *e, *e, *e, *e]\n  g: &g [*f, *f, *f, *f, *f, *f, *f, *f]\n"
						+ "  h: &h [*g, *g, *g, *g, *g, *g, *g, *g]\n  i: &i [*h, *h, *h, *h, *h, *h, *h, *h]\n", "YAML-SYNTAX" },
				new Object[] { "scalar where a map belongs", "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template: none\n", "TOSCA-WRONG-KIND" },
				new Object[] { "unclosed flow sequence before another template", "tosca_definitions_version: tosca_simple_yaml_1_3\n"
						+ "topology_template:\n  node_templates:\n    a:\n      type: tosca.nodes.Compute\n      directives: [ one, two\n"
						+ "    b:\n      type: tosca.nodes.Compute\n", "YAML-SYNTAX" },
				new Object[] { "empty", "", "TOSCA-VERSION" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void yieldsPositionedDiagnosticsWithoutThrowing(String name, String text, String expectedCode) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(text);
		for (Diagnostic d : diagnostics) {
			assertTrue(d.line() >= 1 && d.column() >= 1, () -> "unpositioned: " + d);
			assertFalse(d.code() == null || d.code().isBlank() || d.code().equals("DIAC-INTERNAL"), () -> "no stable code: " + d);
		}
		if (expectedCode != null) {
			assertTrue(Documents.codes(diagnostics).contains(expectedCode), () -> name + ": expected " + expectedCode + " in " + diagnostics);
		}
	}
}
