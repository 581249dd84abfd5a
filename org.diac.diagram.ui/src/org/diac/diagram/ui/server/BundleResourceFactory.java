package org.diac.diagram.ui.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Lets Jetty serve files found on an OSGi bundle's class path. Inside Eclipse, the diagram server finds its browser
 * client with {@code getResource}, which answers {@code bundleresource:} URLs (into a jar of {@code lib/}); Jetty knows
 * only {@code file:} and {@code jar:}. Equinox extracts the folder to its cache once ({@link FileLocator#toFileURL}),
 * and Jetty serves it from there as plain files.
 */
final class BundleResourceFactory implements ResourceFactory {

	private static final String[] SCHEMES = { "bundleresource", "bundleentry" };

	private BundleResourceFactory() {
	}

	/** Registers the factory for Equinox's URL schemes (once per JVM; Jetty keeps them in a static table). */
	static synchronized void register() {
		for (String scheme : SCHEMES) {
			if (!ResourceFactory.isSupported(scheme + ":/x")) {
				ResourceFactory.registerResourceFactory(scheme, new BundleResourceFactory());
			}
		}
	}

	@Override
	public Resource newResource(URI uri) {
		try {
			URL file = FileLocator.toFileURL(uri.toURL());
			return ResourceFactory.root().newResource(new URI(file.getProtocol(), file.getPath(), null));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot extract " + uri + " from its bundle", e);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(uri.toString(), e);
		}
	}
}
