package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that announce only workspace folders (no rootUri) get a working server too, and a client that supports
 * workspace folders (the server then advertises them, with change notifications) gets every folder indexed,
 * also one added later.
 */
class WorkspaceFoldersTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path workspace;

	@Test
	void aClientWithOnlyWorkspaceFoldersGetsDiagnostics() throws Exception {
		try (LanguageServerConnection connection = new LanguageServerConnection()) {
			LanguageServer server = connection.server();
			InitializeParams params = new InitializeParams();
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
			InitializeResult result = server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			assertNotNull(result.getCapabilities().getCompletionProvider());
			server.initialized(new InitializedParams());
			String uri = workspace.resolve("bad.diac").toUri().toString();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "diac", 1,
					"tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates:\n    a:\n      type: acme.Nope\n")));
			var diagnostics = connection.client().awaitDiagnostics(uri, d -> !d.isEmpty(), TIMEOUT);
			assertEquals("TOSCA-UNKNOWN-TYPE", diagnostics.get(0).getCode().getLeft());
			server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	@Test
	void everyWorkspaceFolderIsIndexedAlsoOneAddedLater() throws Exception {
		Path first = folder("first", "acme.nodes.First");
		Path second = folder("second", "acme.nodes.Second");
		Path third = folder("third", "acme.nodes.Third");
		try (LanguageServerConnection connection = new LanguageServerConnection()) {
			LanguageServer server = connection.server();
			InitializeParams params = new InitializeParams();
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(first.toUri().toString(), "first"), new WorkspaceFolder(second.toUri().toString(), "second")));
			WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
			workspaceCapabilities.setWorkspaceFolders(true);
			ClientCapabilities capabilities = new ClientCapabilities();
			capabilities.setWorkspace(workspaceCapabilities);
			params.setCapabilities(capabilities);
			InitializeResult result = server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			assertTrue(result.getCapabilities().getWorkspace().getWorkspaceFolders().getSupported());
			server.initialized(new InitializedParams());
			assertTrue(symbols(server, "acme.nodes").containsAll(List.of("acme.nodes.First", "acme.nodes.Second")), () -> "symbols: " + symbols(server, "acme.nodes"));

			WorkspaceFoldersChangeEvent added = new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(third.toUri().toString(), "third")), List.of());
			server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(added));
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (!symbols(server, "acme.nodes").contains("acme.nodes.Third") && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertTrue(symbols(server, "acme.nodes").contains("acme.nodes.Third"), () -> "symbols: " + symbols(server, "acme.nodes"));
			server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	private Path folder(String name, String type) throws Exception {
		Path folder = Files.createDirectories(workspace.resolve(name));
		Files.writeString(folder.resolve(name + ".diac"), "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  " + type
				+ ":\n    derived_from: tosca.nodes.Root\n");
		return folder;
	}

	private static List<String> symbols(LanguageServer server, String query) {
		try {
			Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> symbols = server.getWorkspaceService()
					.symbol(new WorkspaceSymbolParams(query)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			return symbols.isLeft() ? symbols.getLeft().stream().map(SymbolInformation::getName).toList()
					: symbols.getRight().stream().map(WorkspaceSymbol::getName).toList();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
