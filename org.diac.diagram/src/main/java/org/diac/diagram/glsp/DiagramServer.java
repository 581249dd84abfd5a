package org.diac.diagram.glsp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import com.google.inject.Guice;
import com.google.inject.Injector;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * One Jetty on 127.0.0.1 for one document: the browser client (the esbuild bundle, a class-path resource of this
 * jar), the colours of the static SVG as CSS, and the GLSP websocket (a new GLSP injector per connection, as GLSP's
 * own launcher does); a {@link DocumentWatcher} reloads every open diagram when the file changes. Only the loopback
 * interface is bound: the editor writes the document.
 */
public final class DiagramServer implements AutoCloseable {

	public static final String ENDPOINT = "/" + DiacDiagramModule.DIAGRAM_TYPE;
	/** Where the build puts the client bundle on the class path. */
	public static final String CLIENT = "org/diac/diagram/client/";

	private final Server server;
	private final URI uri;
	private final DocumentWatcher watcher;

	private DiagramServer(Server server, URI uri, DocumentWatcher watcher) {
		this.server = server;
		this.uri = uri;
		this.watcher = watcher;
	}

	/**
	 * Starts serving {@code file} on 127.0.0.1:{@code port} (0: a free port), following changes of the file made
	 * outside (every open diagram reloads).
	 */
	public static DiagramServer start(DocumentFile file, int port) throws Exception {
		return start(file, port, true);
	}

	/** {@code watch} false: outside changes are only noticed by the next edit (which is refused as stale); for tests. */
	static DiagramServer start(DocumentFile file, int port, boolean watch) throws Exception {
		quietLogs();
		Server server = new Server(new InetSocketAddress("127.0.0.1", port));
		ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
		context.setContextPath("/");
		Resource client = ResourceFactory.of(context).newClassLoaderResource(CLIENT);
		if (client == null || !client.exists()) {
			throw new IOException("the browser client is not on the class path (" + CLIENT + "): build org.diac.diagram with node/npm");
		}
		context.setBaseResource(client);
		context.addServlet(new ServletHolder("palette", new PaletteCssServlet()), "/palette.css");
		ServletHolder files = new ServletHolder("client", DefaultServlet.class);
		files.setInitParameter("dirAllowed", "false");
		context.addServlet(files, "/");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			ServerEndpointConfig.Builder endpoint = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT);
			endpoint.configurator(new GLSPConfigurator(() -> injector(file)));
			container.addEndpoint(endpoint.build());
		});
		server.setHandler(context);
		server.start();
		int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
		return new DiagramServer(server, URI.create("http://127.0.0.1:" + actual + "/"), watch ? DocumentWatcher.start(file) : null);
	}

	private static Injector injector(DocumentFile file) {
		return Guice.createInjector(new ServerModule().configureDiagramModule(new DiacDiagramModule(file)));
	}

	/** Jetty's start-up lines and GLSP's per-message INFO would drown the URL the command prints. */
	private static void quietLogs() {
		if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
			System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		}
		org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
	}

	/** The page to open: {@code http://127.0.0.1:<port>/}. */
	public URI uri() {
		return uri;
	}

	public void join() throws InterruptedException {
		server.join();
	}

	@Override
	public void close() throws Exception {
		if (watcher != null) {
			watcher.close();
		}
		server.stop();
	}

	/** The node and edge colours of the static SVG ({@link org.diac.diagram.svg.Palette}), so both views agree. */
	static final class PaletteCssServlet extends HttpServlet {

		private static final long serialVersionUID = 1L;

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setContentType("text/css;charset=utf-8");
			response.getWriter().write(PaletteCss.css());
		}
	}
}
