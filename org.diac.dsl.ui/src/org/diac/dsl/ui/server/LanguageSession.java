package org.diac.dsl.ui.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.diac.dsl.ide.server.DiacServerLauncher;
import org.diac.dsl.ui.DiacUiPlugin;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * The DiaC language server ({@link DiacServerLauncher#createServer()}, the one {@code diac lsp} runs), called in
 * process: no JSON-RPC, no second JVM. Its root is the workspace folder, so imports resolve across projects in it and
 * every DiaC/TOSCA file there is validated; its diagnostics become markers ({@link MarkerClient}). Open editors
 * send their text ({@link #open}, {@link #change}); files changed on disk are forwarded ({@link ResourceForwarder}),
 * so the server revalidates the documents that import them.
 */
public final class LanguageSession {

	/** How long the editor waits for an answer; a slow answer is dropped, never shown as an error. */
	private static final long TIMEOUT_SECONDS = 10;

	private static LanguageSession instance;

	private final LanguageServerImpl server;
	private final InitializeResult initialized;
	private final ResourceForwarder forwarder;
	private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();

	private LanguageSession() {
		server = DiacServerLauncher.createServer();
		server.connect(new MarkerClient());
		InitializeParams params = new InitializeParams();
		params.setRootUri(Uris.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath()));
		params.setCapabilities(capabilities());
		initialized = server.initialize(params).join();
		server.initialized(new InitializedParams());
		forwarder = new ResourceForwarder(this);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(forwarder);
	}

	/** The session, started on first use. */
	public static synchronized LanguageSession get() {
		if (instance == null) {
			instance = new LanguageSession();
		}
		return instance;
	}

	public static synchronized void shutdown() {
		if (instance != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.forwarder);
			instance.server.shutdown();
			instance.server.exit();
			instance = null;
		}
	}

	public TextDocumentService documents() {
		return server.getTextDocumentService();
	}

	public InitializeResult initializeResult() {
		return initialized;
	}

	public boolean isOpen(String uri) {
		return versions.containsKey(uri);
	}

	public void open(String uri, String text) {
		versions.put(uri, new AtomicInteger(1));
		documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "diac", 1, text)));
	}

	public void change(String uri, String text) {
		AtomicInteger version = versions.get(uri);
		if (version != null) {
			documents().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version.incrementAndGet()),
					List.of(new TextDocumentContentChangeEvent(text))));
		}
	}

	public void close(String uri) {
		if (versions.remove(uri) != null) {
			documents().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		}
	}

	/** Hears every diagnostics the server publishes: the file's URI and all its diagnostics. */
	public static void addDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
		MarkerClient.LISTENERS.add(listener);
	}

	public static void removeDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
		MarkerClient.LISTENERS.remove(listener);
	}

	/** Makes the server validate the file again: an open document by its text, any other as changed on disk. */
	public void revalidate(String uri, String openText) {
		if (isOpen(uri) && openText != null) {
			change(uri, openText);
		} else {
			filesChanged(List.of(new FileEvent(uri, FileChangeType.Changed)));
		}
	}

	void filesChanged(List<FileEvent> events) {
		server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
	}

	/** The answer, or {@code null} when the server failed or took too long (logged, never a dialog). */
	public static <T> T await(CompletableFuture<T> answer, String what) {
		try {
			return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			answer.cancel(true);
			DiacUiPlugin.log(what + " failed", e);
			return null;
		}
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		CodeActionCapabilities actions = new CodeActionCapabilities();
		actions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(List.of("quickfix"))));
		text.setCodeAction(actions);
		text.setSemanticTokens(new SemanticTokensCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		return capabilities;
	}
}
