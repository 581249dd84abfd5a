package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server advertises, and the capabilities no other test covers: workspace symbols, folding ranges and
 * incremental document sync. Completion, hover, definition and document symbols are in LanguageServerTest;
 * references and highlights in ReferencesTest; rename in RenameTest; code actions in CodeActionsTest; semantic
 * tokens in SemanticTokensTest; formatting in FormattingTest.
 */
class CapabilitiesTest {

	private static final String TYPES = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			node_types:
			  acme.nodes.Database:
			    derived_from: tosca.nodes.Root
			""";

	@TempDir
	static Path workspace;

	private static LspSession session;

	@BeforeAll
	static void start() throws Exception {
		LspSession.write(workspace, "types.diac", TYPES);
		session = LspSession.start(workspace);
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void advertisesExactlyTheCapabilitiesThatWork() {
		ServerCapabilities capabilities = session.initializeResult().getCapabilities();
		assertTrue(capabilities.getHoverProvider().getLeft());
		assertTrue(capabilities.getDefinitionProvider().getLeft());
		assertTrue(capabilities.getReferencesProvider().getLeft());
		assertTrue(capabilities.getDocumentHighlightProvider().getLeft());
		assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
		assertTrue(capabilities.getWorkspaceSymbolProvider().getLeft());
		assertTrue(capabilities.getCodeActionProvider().getLeft());
		assertTrue(capabilities.getRenameProvider().getRight().getPrepareProvider());
		assertTrue(capabilities.getFoldingRangeProvider().getLeft());
		assertEquals(List.of("."), capabilities.getCompletionProvider().getTriggerCharacters());
		assertTrue(capabilities.getSemanticTokensProvider().getFull().getLeft());
		assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getLeft());
		assertTrue(capabilities.getDocumentFormattingProvider().getLeft());
		assertTrue(capabilities.getDocumentRangeFormattingProvider().getLeft());
		assertNull(capabilities.getSignatureHelpProvider(), "YAML has no call syntax");
		assertNull(capabilities.getExecuteCommandProvider());
		assertNull(capabilities.getCodeLensProvider());
	}

	@Test
	void workspaceSymbolsFindTypesOfWorkspaceDocuments() throws Exception {
		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> symbols = LspSession.get(
				session.server().getWorkspaceService().symbol(new WorkspaceSymbolParams("Database")));
		List<String> names = symbols.isLeft() ? symbols.getLeft().stream().map(SymbolInformation::getName).toList()
				: symbols.getRight().stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.contains("acme.nodes.Database"), () -> "symbols: " + names);
	}

	@Test
	void foldingRangesCoverMultiLineTemplates() throws Exception {
		String text = RenameTest.NETWORK;
		String uri = session.open(text);
		session.diagnostics(uri);
		List<FoldingRange> ranges = LspSession.get(session.server().getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
		int alice = LspSession.position(text, "    alice:", 0).getLine();
		int stake = LspSession.position(text, "continent: europe", 0).getLine();
		assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == alice && range.getEndLine() >= stake),
				() -> "ranges: " + ranges.stream().map(range -> range.getStartLine() + "-" + range.getEndLine()).toList());
	}

	@Test
	void incrementalEditsAreAppliedBeforeValidating() throws Exception {
		String text = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    web:
				      type: tosca.nodes.Compte
				""";
		String uri = session.open(text);
		List<Diagnostic> before = session.diagnostics(uri);
		assertEquals(List.of("TOSCA-UNKNOWN-TYPE"), before.stream().map(LspSession::code).toList());
		// insert the missing 'u' of Compute: an incremental change, not the whole text
		org.eclipse.lsp4j.Position missing = LspSession.position(text, "Compte", "Comp".length());
		TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(missing, missing), "u");
		session.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), List.of(change)));
		List<Diagnostic> after = session.client().awaitDiagnostics(uri, List::isEmpty, LspSession.TIMEOUT);
		assertEquals(List.of(), after);
	}
}
