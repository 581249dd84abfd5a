package org.diac.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.diac.dsl.ide.DiacIdeSetup;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Starts Xtext's language server for DiaC on a pair of streams. The language (DiacIdeSetup: runtime + ide
 * modules) is registered with the server directly rather than found through {@code META-INF/services}: that
 * lookup fails inside OSGi (tests, Eclipse), and the global registry may hold a runtime-only injector.
 */
public final class DiacServerLauncher {

	private DiacServerLauncher() {
	}

	public static LanguageServerImpl createServer() {
		IResourceServiceProvider.Registry languages = languages();
		Injector server = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(LanguageServerImpl.class).to(DiacLanguageServer.class);
			binder.bind(SemanticTokensService.class).to(DiacSemanticTokensService.class);
		}));
		return server.getInstance(LanguageServerImpl.class);
	}

	/** Connects a new server to {@code in}/{@code out}; the future ends when the client disconnects. */
	public static Future<Void> launch(InputStream in, OutputStream out) {
		LanguageServerImpl server = createServer();
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	private static IResourceServiceProvider.Registry languages() {
		Injector language = new DiacIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
		return registry;
	}
}
