package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server as an editor meets it: started like {@code diac lsp}, spoken to over JSON-RPC, on a
 * workspace folder with two documents ({@code network.diac} imports {@code types.diac}).
 */
class LanguageServerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String TYPES = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			node_types:
			  acme.nodes.Database:
			    derived_from: tosca.nodes.Root
			    description: A relational database run by one operator.
			    properties:
			      engine:
			        type: string
			        required: false
			        default: postgres
			        description: Database engine to install.
			""";

	private static final String NETWORK = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			imports:
			  - types.diac
			topology_template:
			  inputs:
			    stake_threshold:
			      type: integer
			      default: 100
			  node_templates:
			    alice:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
			        stake: 480
			    worker:
			      type: diac.nodes.Worker
			      requirements:
			        - operated_by:
			            node: alice
			    db:
			      type: acme.nodes.Database
			      properties:
			        engine: mysql
			  policies:
			    - staking:
			        type: diac.policies.Staking
			        targets: [ worker ]
			        properties:
			          stake_threshold: "{{core.stake_threshold}}"
			""";

	@TempDir
	static Path workspace;

	private static LanguageServerConnection connection;
	private static LanguageServer server;
	private static int documents;

	@BeforeAll
	static void startServer() throws Exception {
		Files.writeString(workspace.resolve("types.diac"), TYPES);
		Files.writeString(workspace.resolve("network.diac"), NETWORK);
		connection = new LanguageServerConnection();
		server = connection.server();
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		if (connection != null) {
			connection.close();
		}
	}

	// ---- diagnostics ---------------------------------------------------------------------------------------

	@Test
	void publishesUnknownNodeTypeWithItsStableCodeAtItsLine() throws Exception {
		String uri = open("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: acme.nodes.DoesNotExist
				""");
		List<Diagnostic> diagnostics = connection.client().awaitDiagnostics(uri, list -> !list.isEmpty(), TIMEOUT);
		Diagnostic unknown = diagnostics.stream().filter(d -> "TOSCA-UNKNOWN-TYPE".equals(code(d))).findFirst()
				.orElseThrow(() -> new AssertionError("no TOSCA-UNKNOWN-TYPE in " + diagnostics));
		assertEquals(4, unknown.getRange().getStart().getLine());
		assertEquals(12, unknown.getRange().getStart().getCharacter());
	}

	@Test
	void publishesNoErrorsForAValidDocumentWithImports() throws Exception {
		String uri = open(NETWORK);
		List<Diagnostic> diagnostics = connection.client().awaitDiagnostics(uri, list -> true, TIMEOUT);
		assertEquals(List.of(), diagnostics.stream().map(LanguageServerTest::code).toList());
	}

	// ---- completion ----------------------------------------------------------------------------------------

	@Test
	void completesNodeTypesAfterTypeKeyOfNodeTemplate() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: ‸
				""");
		assertTrue(labels.contains("tosca.nodes.Compute"), () -> "labels: " + labels);
		assertTrue(labels.contains("diac.nodes.Worker"), () -> "labels: " + labels);
		assertTrue(labels.contains("Compute"), () -> "labels: " + labels);
		assertFalse(labels.contains("diac.policies.Staking"), () -> "a policy type is no node type: " + labels);
	}

	@Test
	void completesNodeTemplateKeysOnIndentedBlankLine() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: tosca.nodes.Compute
				      ‸
				    db:
				      type: tosca.nodes.Compute
				""");
		assertTrue(labels.containsAll(List.of("properties", "requirements", "capabilities", "interfaces")), () -> "labels: " + labels);
		assertFalse(labels.contains("node_templates"), () -> "a key of the enclosing level: " + labels);
		assertFalse(labels.contains(":"), () -> "punctuation: " + labels);
	}

	@Test
	void completesTopologyKeysOnLessIndentedLine() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: tosca.nodes.Compute
				  ‸
				""");
		assertTrue(labels.containsAll(List.of("inputs", "policies", "outputs")), () -> "labels: " + labels);
		assertFalse(labels.contains("requirements"), () -> "a key of a node template: " + labels);
	}

	@Test
	void completesPropertyNamesFromTheNodeTypeHierarchyLessThoseAssigned() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: diac.nodes.Worker
				      properties:
				        image: nginx
				        ‸
				""");
		assertTrue(labels.containsAll(List.of("group", "ports", "continent", "status")), () -> "labels: " + labels);
		assertFalse(labels.contains("image"), () -> "already assigned: " + labels);
		assertFalse(labels.contains("stake"), () -> "a property of another type: " + labels);
	}

	@Test
	void completesOtherTemplateNamesForRequirementNode() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				    bob:
				      type: diac.nodes.Operator
				    worker:
				      type: diac.nodes.Worker
				      requirements:
				        - operated_by:
				            node: ‸
				""");
		assertTrue(labels.containsAll(List.of("alice", "bob")), () -> "labels: " + labels);
	}

	@Test
	void completesTemplateNamesForPolicyTargets() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				    worker:
				      type: diac.nodes.Worker
				  policies:
				    - staking:
				        type: diac.policies.Staking
				        targets: [ ‸ ]
				""");
		assertTrue(labels.containsAll(List.of("alice", "worker")), () -> "labels: " + labels);
	}

	@Test
	void completesModuleReferencesInsideDoubleBraces() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  inputs:
				    stake_threshold:
				      type: integer
				      default: 100
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				      properties:
				        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
				        stake: 480
				  policies:
				    - staking:
				        type: diac.policies.Staking
				        properties:
				          stake_threshold: "{{‸
				""");
		assertTrue(labels.contains("\"{{core.stake_threshold}}\""), () -> "labels: " + labels);
		assertTrue(labels.contains("\"{{identity.operators}}\""), () -> "labels: " + labels);
		assertTrue(labels.contains("\"{{identity.alice}}\""), () -> "labels: " + labels);
	}

	@Test
	void completesModuleReferencesByTypedPathPrefix() throws Exception {
		List<String> labels = complete("""
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  inputs:
				    stake_threshold:
				      type: integer
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				  policies:
				    - staking:
				        type: diac.policies.Staking
				        properties:
				          stake_threshold: "{{identity.‸
				""");
		assertTrue(labels.contains("\"{{identity.operators}}\""), () -> "labels: " + labels);
		assertFalse(labels.contains("\"{{core.stake_threshold}}\""), () -> "another module: " + labels);
	}

	// ---- hover ---------------------------------------------------------------------------------------------

	@Test
	void hoverOnNodeTypeNameShowsItsDerivationAndDescription() throws Exception {
		String uri = open(NETWORK);
		String hover = hover(uri, NETWORK, "diac.nodes.Worker");
		assertTrue(hover.contains("diac.nodes.Worker"), hover);
		assertTrue(hover.contains("derived_from: `diac.nodes.Node`"), hover);
		assertTrue(hover.contains("A worker node that performs the network's computation"), hover);
	}

	@Test
	void hoverOnPropertyShowsItsDefinitionFromTheTypeHierarchy() throws Exception {
		String uri = open(NETWORK);
		String hover = hover(uri, NETWORK, "stake: 480");
		assertTrue(hover.contains("**stake**: `integer`"), hover);
		assertTrue(hover.contains("required: true"), hover);
		assertTrue(hover.contains("diac.nodes.Operator"), hover);
	}

	@Test
	void hoverOnPropertyOfImportedTypeShowsDefault() throws Exception {
		String uri = open(NETWORK);
		String hover = hover(uri, NETWORK, "engine: mysql");
		assertTrue(hover.contains("default: `postgres`"), hover);
		assertTrue(hover.contains("Database engine to install."), hover);
	}

	// ---- definition ----------------------------------------------------------------------------------------

	@Test
	void definitionOfRequirementTargetIsTheTemplate() throws Exception {
		String uri = open(NETWORK);
		List<? extends Location> locations = definition(uri, position(NETWORK, "node: alice", "node: ".length() + 1));
		assertEquals(1, locations.size(), () -> "locations: " + locations);
		assertEquals(uri, locations.get(0).getUri());
		assertEquals(position(NETWORK, "alice:", 0).getLine(), locations.get(0).getRange().getStart().getLine());
	}

	@Test
	void definitionOfImportedTypeIsInTheImportedDocument() throws Exception {
		String uri = open(NETWORK);
		List<? extends Location> locations = definition(uri, position(NETWORK, "acme.nodes.Database", 3));
		assertEquals(1, locations.size(), () -> "locations: " + locations);
		assertTrue(locations.get(0).getUri().endsWith("/types.diac"), () -> "uri: " + locations.get(0).getUri());
		assertEquals(2, locations.get(0).getRange().getStart().getLine());
	}

	// ---- document symbols ----------------------------------------------------------------------------------

	@Test
	void documentSymbolsListNodeTemplatesInputsAndPolicies() throws Exception {
		String uri = open(NETWORK);
		List<DocumentSymbol> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream().map(Either::getRight).toList();
		List<DocumentSymbol> all = flatten(symbols);
		assertEquals(SymbolKind.Object, kindOf(all, "alice"));
		assertEquals(SymbolKind.Object, kindOf(all, "worker"));
		assertEquals(SymbolKind.Object, kindOf(all, "db"));
		assertEquals(SymbolKind.Variable, kindOf(all, "stake_threshold"));
		assertEquals(SymbolKind.Event, kindOf(all, "staking"));
		assertEquals("diac.nodes.Operator", all.stream().filter(s -> s.getName().equals("alice")).findFirst().orElseThrow().getDetail());
	}

	// ---- helpers -------------------------------------------------------------------------------------------

	/** Opens {@code text} as a new document of the workspace; returns its URI. */
	private static String open(String text) {
		String uri = workspace.resolve("open-" + (++documents) + ".diac").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "diac", 1, text)));
		return uri;
	}

	private static List<String> complete(String marked) throws Exception {
		CursorText document = CursorText.of(marked);
		String uri = open(document.text());
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), document.cursor()))
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	private static String hover(String uri, String text, String at) throws Exception {
		Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position(text, at, 1)))
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
	}

	private static List<? extends Location> definition(String uri, Position position) throws Exception {
		return server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), position))
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).getLeft();
	}

	/** The position {@code delta} characters into the first occurrence of {@code anchor} in {@code text}. */
	private static Position position(String text, String anchor, int delta) {
		int index = text.indexOf(anchor);
		if (index < 0) {
			throw new IllegalArgumentException(anchor + " not in the document");
		}
		return CursorText.positionOf(text, index + delta);
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}

	private static List<DocumentSymbol> flatten(List<DocumentSymbol> symbols) {
		List<DocumentSymbol> all = new java.util.ArrayList<>();
		for (DocumentSymbol symbol : symbols) {
			all.add(symbol);
			if (symbol.getChildren() != null) {
				all.addAll(flatten(symbol.getChildren()));
			}
		}
		return all;
	}

	private static SymbolKind kindOf(List<DocumentSymbol> symbols, String name) {
		return symbols.stream().filter(s -> name.equals(s.getName())).map(DocumentSymbol::getKind).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is no document symbol: " + symbols.stream().map(DocumentSymbol::getName).toList()));
	}
}
