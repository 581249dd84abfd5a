package org.diac.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, advertising only what works for DiaC, with one concession to today's clients: some
 * send only {@code workspaceFolders} (LSP 3.6+) and no {@code rootUri}, which Xtext's single-root workspace
 * needs. The first folder then serves as the root.
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

	/**
	 * Xtext advertises some capabilities whatever the language binds. Withdrawn here:
	 * <ul>
	 * <li>signature help: YAML has no call syntax; TOSCA functions are maps, completed as keys;</li>
	 * <li>execute command, when no command is registered.</li>
	 * </ul>
	 */
	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		if (capabilities.getExecuteCommandProvider() != null && (capabilities.getExecuteCommandProvider().getCommands() == null
				|| capabilities.getExecuteCommandProvider().getCommands().isEmpty())) {
			capabilities.setExecuteCommandProvider(null);
		}
		return capabilities;
	}
}
