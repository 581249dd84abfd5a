package org.diac.diagram.ui.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.diac.diagram.glsp.DiagramServer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The diagram's browser client (index.html, the esbuild bundle, its font) as plain files. {@link DiagramServer} serves
 * the client folder it finds with {@code getResource} on the context class loader; inside this bundle that folder is
 * in a jar of {@code lib/}, whose {@code bundleresource:} URL Jetty cannot serve. So the folder is copied once out of
 * the jar into the bundle's data area, and a class loader that answers the folder's {@code file:} URL is put in front.
 */
final class ClientFiles {

	private static final String DIAGRAM_JAR = "lib/org.diac.diagram.jar";

	private static Path folder;

	private ClientFiles() {
	}

	/** A class loader that finds the client folder on disk and everything else in {@code parent}. */
	static ClassLoader loader(ClassLoader parent) throws IOException {
		URL client = folder().toUri().toURL();
		return new ClassLoader(parent) {
			@Override
			public URL getResource(String name) {
				return DiagramServer.CLIENT.equals(name) ? client : super.getResource(name);
			}

			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				// Jetty asks for every copy of a folder and serves the ones it can read
				return DiagramServer.CLIENT.equals(name) ? Collections.enumeration(List.of(client)) : super.getResources(name);
			}
		};
	}

	private static synchronized Path folder() throws IOException {
		if (folder == null) {
			Bundle bundle = FrameworkUtil.getBundle(ClientFiles.class);
			URL jar = bundle.getEntry(DIAGRAM_JAR);
			if (jar == null) {
				throw new IOException(DIAGRAM_JAR + " is missing from " + bundle.getSymbolicName());
			}
			// one folder per installed build of the bundle: an update never serves an older client
			Path target = bundle.getDataFile("client-" + bundle.getVersion() + "-" + bundle.getLastModified()).toPath();
			folder = extract(jar, target);
		}
		return folder;
	}

	private static Path extract(URL jar, Path target) throws IOException {
		Path client = target.resolve(DiagramServer.CLIENT);
		if (Files.isRegularFile(client.resolve("index.html"))) {
			return client;
		}
		Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".part"));
		try (InputStream in = jar.openStream(); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.isDirectory() || !entry.getName().startsWith(DiagramServer.CLIENT) || entry.getName().contains("..")) {
					continue;
				}
				Path file = partial.resolve(entry.getName());
				Files.createDirectories(file.getParent());
				Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		if (!Files.isRegularFile(partial.resolve(DiagramServer.CLIENT).resolve("index.html"))) {
			throw new IOException("the browser client (" + DiagramServer.CLIENT + ") is not in " + DIAGRAM_JAR + ": build org.diac.diagram with node/npm");
		}
		// complete or absent: a half-extracted folder from an interrupted start is never served
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return client;
	}
}
