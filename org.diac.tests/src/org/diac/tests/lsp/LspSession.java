package org.diac.tests.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server started as {@code diac lsp} starts it, initialized by a client that announces what today's
 * editors announce (hierarchical symbols, rename with prepare, folding, code actions, semantic tokens), on a
 * workspace folder; with helpers to open documents, wait for their diagnostics and apply returned edits.
 */
final class LspSession implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Path workspace;
	private final LanguageServerConnection connection;
	private final InitializeResult initialized;
	private int documents;

	private LspSession(Path workspace) throws Exception {
		this.workspace = workspace;
		connection = new LanguageServerConnection();
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		RenameCapabilities rename = new RenameCapabilities();
		rename.setPrepareSupport(true);
		textDocument.setRename(rename);
		textDocument.setFoldingRange(new FoldingRangeCapabilities());
		textDocument.setCodeAction(new CodeActionCapabilities());
		textDocument.setSemanticTokens(new SemanticTokensCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		initialized = get(server().initialize(params));
		server().initialized(new InitializedParams());
	}

	/** A session on {@code workspace}, whose files (written before) the server indexes. */
	static LspSession start(Path workspace) throws Exception {
		return new LspSession(workspace);
	}

	LanguageServer server() {
		return connection.server();
	}

	InitializeResult initializeResult() {
		return initialized;
	}

	/** Opens {@code text} as a new document of the workspace; returns its URI. */
	String open(String text) {
		String uri = workspace.resolve("open-" + (++documents) + ".diac").toUri().toString();
		server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "diac", 1, text)));
		return uri;
	}

	/** Writes {@code text} to a workspace file before the session starts (for documents other documents import). */
	static void write(Path workspace, String name, String text) throws Exception {
		Files.writeString(workspace.resolve(name), text);
	}

	/** The diagnostics the server publishes for {@code uri} after opening it. */
	List<Diagnostic> diagnostics(String uri) throws InterruptedException {
		return connection.client().awaitDiagnostics(uri, list -> true, TIMEOUT);
	}

	RecordingLanguageClient client() {
		return connection.client();
	}

	static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
	}

	/** {@code text} with {@code edits} applied (LSP edits of one document do not overlap; applied from the end). */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparing((TextEdit edit) -> offset(text, edit.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : ordered) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The position {@code delta} characters into the first occurrence of {@code anchor} in {@code text}. */
	static Position position(String text, String anchor, int delta) {
		int index = text.indexOf(anchor);
		if (index < 0) {
			throw new IllegalArgumentException(anchor + " not in the document");
		}
		return CursorText.positionOf(text, index + delta);
	}

	@Override
	public void close() throws Exception {
		try {
			get(server().shutdown());
		} finally {
			connection.close();
		}
	}
}
