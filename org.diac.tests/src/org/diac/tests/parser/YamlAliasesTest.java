package org.diac.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.diac.dsl.diac.CapabilityAssignment;
import org.diac.dsl.diac.InterfaceDefinition;
import org.diac.dsl.diac.ListValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.ScalarValue;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;

/** YAML aliases anywhere in the structure and merge keys, as the parser and the checks see them (parser/YamlAliases). */
class YamlAliasesTest {

	private static final String VERSION = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

	private static ServiceTemplate parse(String text) throws Exception {
		ParseHelper<ServiceTemplate> helper = Documents.injector().getInstance(Key.get(new TypeLiteral<ParseHelper<ServiceTemplate>>() {
		}));
		ServiceTemplate template = helper.parse(text);
		assertTrue(template.eResource().getErrors().isEmpty(), () -> "syntax errors: " + template.eResource().getErrors());
		EcoreUtil.resolveAll(template.eResource());
		return template;
	}

	private static NodeTemplate node(ServiceTemplate template, String name) {
		return template.getTopology().getNodeTemplates().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	private static String property(NodeTemplate node, String name) {
		PropertyAssignment property = node.getProperties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
		return assertInstanceOf(ScalarValue.class, property.getValue()).getValue();
	}

	@Test
	void anAliasedNodeTemplateHasItsAnchorsTypeAndProperties() throws Exception {
		ServiceTemplate template = parse(VERSION + """
				topology_template:
				  node_templates:
				    a: &server
				      type: tosca.nodes.Compute
				      properties:
				        p: one
				    b: *server
				""");
		NodeTemplate b = node(template, "b");
		assertFalse(b.getType().eIsProxy(), "the replayed type name links");
		assertEquals("tosca.nodes.Compute", b.getType().getName());
		assertEquals("one", property(b, "p"));
	}

	@Test
	void anAliasedRequirementListLinksItsTargets() throws Exception {
		ServiceTemplate template = parse(VERSION + """
				dsl_definitions:
				  hosted: &hosted
				    - host: server
				topology_template:
				  node_templates:
				    server:
				      type: tosca.nodes.Compute
				    app:
				      type: tosca.nodes.SoftwareComponent
				      requirements: *hosted
				""");
		NodeTemplate app = node(template, "app");
		assertEquals(1, app.getRequirements().size());
		assertEquals(node(template, "server"), app.getRequirements().get(0).getNode());
	}

	@Test
	void aliasedPropertiesCapabilitiesInterfacesAndSequenceItemsAreReplayed() throws Exception {
		ServiceTemplate template = parse(VERSION + """
				dsl_definitions:
				  props: &props {p: 1, q: two}
				  caps: &caps
				    host:
				      properties: {num_cpus: 2}
				  lifecycle: &lifecycle
				    type: tosca.interfaces.node.lifecycle.Standard
				  item: &item three
				node_types:
				  T:
				    derived_from: tosca.nodes.Root
				    interfaces:
				      Standard: *lifecycle
				topology_template:
				  node_templates:
				    n:
				      type: tosca.nodes.Compute
				      properties: *props
				      capabilities: *caps
				      attributes:
				        l: [*item, four]
				""");
		NodeTemplate n = node(template, "n");
		assertEquals("two", property(n, "q"));
		CapabilityAssignment host = n.getCapabilities().get(0);
		assertEquals("host", host.getName());
		assertEquals("num_cpus", host.getProperties().get(0).getName());
		InterfaceDefinition standard = ((NodeType) template.getTypes().get(0)).getInterfaces().get(0);
		assertFalse(standard.getType().eIsProxy());
		ListValue items = assertInstanceOf(ListValue.class, n.getAttributes().get(0).getValue());
		assertEquals(List.of("three", "four"), items.getItems().stream().map(v -> ((ScalarValue) v).getValue()).toList());
	}

	@Test
	void aMergeKeyAddsOnlyTheKeysTheMappingDoesNotSetAndEarlierMapsWin() throws Exception {
		ServiceTemplate template = parse(VERSION + """
				dsl_definitions:
				  a: &a {p: from-a, q: from-a}
				  b: &b {q: from-b, r: from-b, s: from-b}
				topology_template:
				  node_templates:
				    n: &n
				      type: tosca.nodes.Root
				      properties:
				        <<: [*a, *b]
				        s: explicit
				    m:
				      <<: *n
				      description: a copy of n
				""");
		NodeTemplate n = node(template, "n");
		assertEquals(List.of("p", "q", "r", "s"), n.getProperties().stream().map(PropertyAssignment::getName).toList());
		assertEquals("from-a", property(n, "q"));
		assertEquals("from-b", property(n, "r"));
		assertEquals("explicit", property(n, "s"));
		NodeTemplate m = node(template, "m");
		assertEquals("tosca.nodes.Root", m.getType().getName());
		assertEquals("a copy of n", m.getDescription());
		assertEquals("explicit", property(m, "s"));
	}

	@Test
	void diagnosticsInsideAnAliasedValuePointAtTheAlias() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + """
				dsl_definitions:
				  props: &props
				    num_cpus: many
				topology_template:
				  node_templates:
				    n:
				      type: tosca.nodes.Compute
				      capabilities:
				        host:
				          properties: *props
				""");
		Diagnostic constraint = diagnostics.stream().filter(d -> d.code().equals("TOSCA-CONSTRAINT") || d.code().equals("TOSCA-WRONG-KIND"))
				.findFirst().orElseThrow(() -> new AssertionError(diagnostics.toString()));
		assertEquals(11, constraint.line(), diagnostics::toString);
		assertEquals(23, constraint.column(), diagnostics::toString);
	}

	@Test
	void anAliasThatNamesNoAnchorIsASyntaxErrorAtTheAlias() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + "description: *missing\n");
		Diagnostic error = diagnostics.get(0);
		assertEquals("YAML-SYNTAX", error.code());
		assertEquals(2, error.line());
		assertEquals(14, error.column());
	}

	@Test
	void anAliasInsideItsOwnAnchoredValueIsASyntaxError() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(VERSION + "metadata:\n  a: &a [1, *a]\n");
		assertTrue(Documents.codes(diagnostics).contains("YAML-SYNTAX"), diagnostics::toString);
		assertEquals(3, diagnostics.get(0).line());
	}

	@Test
	void anAliasBombIsCutOffWithADiagnosticInsteadOfExhaustingMemory() {
		StringBuilder text = new StringBuilder(VERSION + "metadata:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
		for (int level = 1; level <= 9; level++) {
			String previous = "*l" + (level - 1);
			text.append("  l").append(level).append(": &l").append(level).append(" [")
					.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
		}
		List<Diagnostic> diagnostics = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Documents.validate(text.toString()));
		assertTrue(Documents.codes(diagnostics).contains("YAML-SYNTAX"), diagnostics::toString);
	}
}
