package org.diac.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * Starts Xtext's language server for DiaC on a pair of streams. The language itself is found through
 * {@code META-INF/services/org.eclipse.xtext.ISetup} (DiacIdeSetup: runtime + ide modules).
 */
public final class DiacServerLauncher {

	private DiacServerLauncher() {
	}

	public static LanguageServerImpl createServer() {
		return Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
	}

	/** Connects a new server to {@code in}/{@code out}; the future ends when the client disconnects. */
	public static Future<Void> launch(InputStream in, OutputStream out) {
		LanguageServerImpl server = createServer();
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
