package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * Completion after {@code type: <prefix>} wherever a type is named, in block and flow style, in a long document
 * and in documents with syntax errors: it answers (never an error reply), logs no error, and proposes the
 * types of the right kind. Xtext's indentation-aware prefix provider used to throw NoSuchElementException
 * after {@code type: diac.nodes.} in the sharding example.
 */
class CompletionRobustnessTest extends LspSessionTest {

	private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

	@Test
	void nodeTypePrefixInTheLongShardingExample() throws Exception {
		String example = Files.readString(Path.of(System.getProperty("diac.repo", ".."), "examples", "sharding-network.diac"));
		int worker = example.indexOf("type: diac.nodes.Worker") + "type: diac.nodes.".length();
		String marked = example.substring(0, worker) + CursorText.CARET + example.substring(worker + "Worker".length());
		List<String> labels = completeWithoutErrors(marked);
		assertTrue(labels.containsAll(List.of("diac.nodes.Worker", "diac.nodes.Validator", "diac.nodes.Operator")), () -> "labels: " + labels);
		assertTrue(labels.stream().allMatch(label -> label.startsWith("diac.nodes.")), () -> "labels: " + labels);
	}

	@Test
	void nodeTypePrefixInAFlowMappingTemplate() throws Exception {
		List<String> labels = completeWithoutErrors(HEADER + """
				topology_template:
				  node_templates:
				    web: { type: diac.nodes.‸ }
				    db:
				      type: tosca.nodes.Compute
				""");
		assertTrue(labels.contains("diac.nodes.Worker"), () -> "labels: " + labels);
	}

	@Test
	void capabilityAndNodeTypesInARequirementDefinition() throws Exception {
		List<String> capabilities = completeWithoutErrors(HEADER + """
				node_types:
				  acme.nodes.App:
				    derived_from: tosca.nodes.Root
				    requirements:
				      - host:
				          capability: tosca.capabilities.‸
				          node: tosca.nodes.Compute
				""");
		assertTrue(capabilities.contains("tosca.capabilities.Compute"), () -> "labels: " + capabilities);
		List<String> nodes = completeWithoutErrors(HEADER + """
				node_types:
				  acme.nodes.App:
				    derived_from: tosca.nodes.Root
				    requirements:
				      - host: { capability: tosca.capabilities.Compute, node: diac.nodes.‸ }
				""");
		assertTrue(nodes.contains("diac.nodes.Worker"), () -> "labels: " + nodes);
	}

	@Test
	void dataTypesForAPropertyDefinitionType() throws Exception {
		List<String> labels = completeWithoutErrors(HEADER + """
				node_types:
				  acme.nodes.App:
				    derived_from: tosca.nodes.Root
				    properties:
				      port:
				        type: ‸
				      name: { type: string }
				""");
		assertTrue(labels.containsAll(List.of("integer", "string", "diac.datatypes.Identity")), () -> "labels: " + labels);
		assertTrue(labels.stream().noneMatch(label -> label.startsWith("diac.nodes.")), () -> "a node type is no data type: " + labels);
	}

	@Test
	void parentTypesAfterDerivedFrom() throws Exception {
		List<String> labels = completeWithoutErrors(HEADER + """
				node_types:
				  acme.nodes.App:
				    derived_from: diac.nodes.‸
				    description: an application
				""");
		assertTrue(labels.contains("diac.nodes.Worker"), () -> "labels: " + labels);
	}

	@Test
	void nodeTypesAfterAnUnclosedQuoteEarlierInTheDocument() throws Exception {
		List<String> labels = completeWithoutErrors(HEADER + """
				topology_template:
				  node_templates:
				    broken:
				      type: tosca.nodes.Compute
				      description: "unclosed
				    web:
				      type: diac.nodes.‸
				""");
		assertTrue(labels.contains("diac.nodes.Worker"), () -> "labels: " + labels);
	}

	@Test
	void answersAfterAnUnclosedFlowMapAndAMisindentedKey() throws Exception {
		for (String broken : List.of("      properties: { a: 1\n", "       description: misindented\n")) {
			List<String> labels = completeWithoutErrors(HEADER + """
					topology_template:
					  node_templates:
					    broken:
					      type: tosca.nodes.Compute
					""" + broken + """
					    web:
					      type: diac.nodes.‸
					""");
			assertTrue(labels.stream().allMatch(label -> label.startsWith("diac.nodes.")), () -> "labels: " + labels);
		}
	}

	@Test
	void anywhereInADocumentWithABadIndentationAndATab() throws Exception {
		completeEverywhere(HEADER + """
				topology_template:
				  node_templates:
				     web:
				      type: diac.nodes.Worker
				\tdb:
				      type: tosca.nodes.Compute
				      properties: { a: [1, {b: 2}], c: "{{core.x}}" }
				""", 1);
	}

	@Test
	void anywhereInTheShardingExample() throws Exception {
		completeEverywhere(Files.readString(Path.of(System.getProperty("diac.repo", ".."), "examples", "sharding-network.diac")), 37);
	}

	/** Completes at every {@code step}-th offset of one open document; each answers and logs no error. */
	private static void completeEverywhere(String text, int step) throws Exception {
		String uri = session.open(text);
		for (int offset = 0; offset <= text.length(); offset += step) {
			complete(uri, CursorText.positionOf(text, offset));
		}
	}

	/** Completes at the caret; fails on an error reply or a logged error. */
	private static List<String> completeWithoutErrors(String marked) throws Exception {
		CursorText document = CursorText.of(marked);
		return complete(session.open(document.text()), document.cursor());
	}

	private static List<String> complete(String uri, Position cursor) throws Exception {
		try (LoggedErrors logged = LoggedErrors.record()) {
			Either<List<CompletionItem>, CompletionList> result = LspSession.get(session.server().getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), cursor)));
			List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
			assertEquals("", logged.errors(), () -> "completion at " + cursor + " logged errors");
			return items.stream().map(CompletionItem::getLabel).toList();
		}
	}
}
