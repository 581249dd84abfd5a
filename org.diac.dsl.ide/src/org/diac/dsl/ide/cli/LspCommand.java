package org.diac.dsl.ide.cli;

import java.util.concurrent.Callable;

import org.diac.dsl.ide.server.StdioServer;

import picocli.CommandLine.Command;

/** {@code diac lsp}: the DiaC language server over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Run the DiaC language server (LSP) over stdio, for any LSP editor.")
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		StdioServer.launch().get();
		return 0;
	}
}
