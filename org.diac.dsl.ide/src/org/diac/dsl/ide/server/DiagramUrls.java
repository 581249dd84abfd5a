package org.diac.dsl.ide.server;

import java.nio.file.Path;

/**
 * Where the diagram of a document is served (issue 10): implemented by the diagram editor ({@code org.diac.diagram}),
 * found through {@link java.util.ServiceLoader} when it is on the language server's class path (the {@code diac}
 * CLI). The language server itself knows nothing about diagrams; without an implementation it offers no command.
 */
public interface DiagramUrls {

	/**
	 * The URL of the diagram editor of {@code document} (an existing file), serving it first if needed; the URL is
	 * on the loopback interface.
	 *
	 * @throws IllegalArgumentException when the file cannot be served (not a readable file)
	 */
	String diagramUrl(Path document) throws Exception;
}
