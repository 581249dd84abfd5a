package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that announce only workspace folders (no rootUri) get a working server too. */
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
}
