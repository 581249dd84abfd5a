package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aliases and merge keys replay tokens zero-length at the alias (parser/YamlAliases): the language server publishes
 * no error for such a document with a byte-order mark in the editor's text, answers hover at every position and
 * completion inside every word without hanging, and lists the document's symbols.
 */
class AliasedDocumentTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String TEXT = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			dsl_definitions:
			  hosted: &hosted
			    - host: server
			  small: &small {num_cpus: 1, mem_size: 1 GB}
			topology_template:
			  node_templates:
			    server: &server
			      type: tosca.nodes.Compute
			      capabilities:
			        host:
			          properties:
			            <<: *small
			            mem_size: 2 GB
			    backup: *server
			    app:
			      type: tosca.nodes.SoftwareComponent
			      requirements: *hosted
			""";

	@TempDir
	Path workspace;

	@Test
	void answersAtEveryPositionOfADocumentWithAliasesMergeKeysAndAByteOrderMark() throws Exception {
		try (LanguageServerConnection connection = new LanguageServerConnection()) {
			LanguageServer server = connection.server();
			InitializeParams params = new InitializeParams();
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
			server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			String uri = workspace.resolve("aliased.diac").toUri().toString();
			String text = "\uFEFF" + TEXT;
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "diac", 1, text)));
			List<Diagnostic> diagnostics = connection.client().awaitDiagnostics(uri, list -> true, TIMEOUT);
			assertEquals(List.of(), diagnostics.stream().filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList());
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			for (int offset = 0; offset <= text.length(); offset++) {
				Position position = CursorText.positionOf(text, offset);
				server.getTextDocumentService().hover(new HoverParams(document, position)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				if (offset == 0 || !Character.isLetterOrDigit(text.charAt(offset - 1))) {
					continue;
				}
				// answered at all: completion inside a word used to lex the prefix forever (see YamlTokenBuffer); whether it
				// answers with items everywhere is the completion's own concern (LanguageServerTest)
				assertNotNull(server.getTextDocumentService().completion(new CompletionParams(document, position))
						.handle((items, error) -> Boolean.TRUE).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "completion at " + position);
			}
			assertNotNull(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document))
					.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
			server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
	}
}
