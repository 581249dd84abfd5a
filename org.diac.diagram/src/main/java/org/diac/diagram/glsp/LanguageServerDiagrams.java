package org.diac.diagram.glsp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.edit.DocumentEdits;
import org.diac.dsl.ide.server.DiagramUrls;

/**
 * The diagram editors a language server started ({@code diac.diagram.url}): one {@link DiagramServer} per
 * document, on a free 127.0.0.1 port, started on the first request and kept until the process ends, so that asking
 * again gives the same URL and every browser tab edits through one server.
 */
public final class LanguageServerDiagrams implements DiagramUrls {

	private final Map<Path, DiagramServer> servers = new HashMap<>();
	private DiagramDocuments documents;

	@Override
	public synchronized String diagramUrl(Path document) throws Exception {
		Path file = document.toAbsolutePath().normalize();
		DiagramServer server = servers.get(file);
		if (server == null) {
			if (documents == null) {
				documents = new DiagramDocuments();
				Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "diac-diagram-servers-stop"));
			}
			server = DiagramServer.start(new DocumentFile(file, documents, new DocumentEdits(documents.injector())), 0);
			servers.put(file, server);
		}
		return server.uri().toString();
	}

	private synchronized void closeAll() {
		for (DiagramServer server : servers.values()) {
			try {
				server.close();
			} catch (Exception e) {
				// the process ends anyway
			}
		}
		servers.clear();
	}
}
