package org.diac.diagram.ui.server;

import java.nio.file.Path;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.edit.DocumentEdits;
import org.diac.diagram.glsp.DiagramServer;
import org.diac.diagram.glsp.DocumentFile;

/**
 * Starts the diagram server of {@code diac diagram FILE} inside Eclipse: the same {@link DiagramServer} (GLSP on a
 * Jetty bound to 127.0.0.1, a free port) for one document file, from the jars embedded in this bundle. The language
 * runtime that reads the documents is made once and shared by every diagram (its start costs a second or two).
 */
public final class DiagramServers {

	private static DiagramDocuments documents;

	private DiagramServers() {
	}

	/** A running server for {@code file}; the caller closes it. */
	public static DiagramServer start(Path file) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// Jetty, GLSP and log4j look up services and the client files through the context class loader: in Eclipse
		// that is the workbench's, which cannot see this bundle's lib/ jars (Jetty's threads, made now, inherit it)
		thread.setContextClassLoader(ClientFiles.loader(DiagramServers.class.getClassLoader()));
		try {
			DiagramDocuments shared = documents();
			return DiagramServer.start(new DocumentFile(file, shared, new DocumentEdits(shared.injector())), 0);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static synchronized DiagramDocuments documents() {
		if (documents == null) {
			documents = new DiagramDocuments();
		}
		return documents;
	}
}
