package org.diac.tests.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.Future;

import org.diac.dsl.ide.server.DiacServerLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The DiaC language server, started as {@code diac lsp} starts it ({@link DiacServerLauncher}), connected to a
 * {@link RecordingLanguageClient} through two in-memory pipes: every request and notification goes through
 * LSP4J's JSON-RPC encoding. The pipes are NIO pipes, not {@code PipedInputStream}s: those fail ("write end
 * dead") once the thread that last wrote ends, and the server answers from pool threads that come and go.
 */
final class LanguageServerConnection implements AutoCloseable {

	private final RecordingLanguageClient client = new RecordingLanguageClient();
	private final LanguageServer server;
	private final Future<Void> serverListening;
	private final Future<Void> clientListening;
	private final OutputStream toServer;
	private final OutputStream toClient;

	LanguageServerConnection() throws IOException {
		Pipe clientToServer = Pipe.open();
		Pipe serverToClient = Pipe.open();
		toServer = Channels.newOutputStream(clientToServer.sink());
		toClient = Channels.newOutputStream(serverToClient.sink());
		InputStream serverIn = Channels.newInputStream(clientToServer.source());
		InputStream clientIn = Channels.newInputStream(serverToClient.source());
		serverListening = DiacServerLauncher.launch(serverIn, toClient);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
		server = launcher.getRemoteProxy();
		clientListening = launcher.startListening();
	}

	LanguageServer server() {
		return server;
	}

	RecordingLanguageClient client() {
		return client;
	}

	@Override
	public void close() throws IOException {
		toServer.close();
		toClient.close();
		serverListening.cancel(true);
		clientListening.cancel(true);
	}
}
