package org.diac.diagram.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.diac.diagram.Documents;
import org.diac.dsl.ide.server.DiacServerLauncher;
import org.diac.dsl.ide.server.DiagramUrlCommand;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server's {@code diac.diagram.url} command over LSP4J, with the diagram editor on the class path (as
 * in the CLI's {@code diac lsp}): advertised in executeCommandProvider, it returns a 127.0.0.1 URL whose page is the
 * diagram editor, the same URL when asked again, and an InvalidParams error for a document that is no file.
 */
class DiagramUrlCommandTest {

	/** A client that ignores what the server tells it. */
	static final class QuietClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	@Test
	void theCommandIsAdvertisedAndReturnsTheDiagramEditorsUrl(@TempDir Path dir) throws Exception {
		Path document = Files.copy(Documents.example("sharding-network.diac"), dir.resolve("sharding-network.diac"), StandardCopyOption.REPLACE_EXISTING);
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		DiacServerLauncher.launch(serverIn, serverOut);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(), clientIn, clientOut);
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setRootUri(dir.toUri().toString());
		// Xtext registers commands only for clients that say they can execute them, as editors do
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		InitializeResult initialized = server.initialize(params).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		assertTrue(initialized.getCapabilities().getExecuteCommandProvider().getCommands().contains(DiagramUrlCommand.COMMAND),
				() -> "advertised: " + initialized.getCapabilities().getExecuteCommandProvider());

		Object url = server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams(DiagramUrlCommand.COMMAND, List.of(document.toUri().toString()))).get(60, TimeUnit.SECONDS);
		String page = assertInstanceOf(String.class, url);
		URI uri = URI.create(page);
		assertEquals("127.0.0.1", uri.getHost());
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode());
		assertTrue(response.body().contains("<div id=\"sprotty\">"), response.body());

		Object again = server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams(DiagramUrlCommand.COMMAND, List.of(document.toUri().toString()))).get(60, TimeUnit.SECONDS);
		assertEquals(page, again, "one diagram server per document");

		ExecutionException missing = assertThrows(ExecutionException.class, () -> server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams(DiagramUrlCommand.COMMAND, List.of(dir.resolve("none.diac").toUri().toString())))
				.get(60, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, missing.getCause());
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
		assertTrue(error.getMessage().contains("no such file"), error.getMessage());
		server.shutdown().get(30, TimeUnit.SECONDS);
	}
}
