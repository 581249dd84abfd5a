package org.diac.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server with one concession to today's clients: some send only {@code workspaceFolders}
 * (LSP 3.6+) and no {@code rootUri}, which Xtext's single-root workspace needs. The first folder then serves
 * as the root.
 */
public class DiacLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null && params.getWorkspaceFolders() != null
				&& !params.getWorkspaceFolders().isEmpty()) {
			params.setRootUri(params.getWorkspaceFolders().get(0).getUri());
		}
		return super.initialize(params);
	}
}
