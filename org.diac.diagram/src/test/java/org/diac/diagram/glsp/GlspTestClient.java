package org.diac.diagram.glsp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * A GLSP client for server-side tests: the JDK's websocket speaking GLSP's JSON-RPC (initialize,
 * initializeClientSession, then {@code process} notifications both ways) to a real {@link DiagramServer}, the way
 * the browser client does, without a browser. Actions are Gson maps; what the server sends is queued.
 */
final class GlspTestClient implements AutoCloseable {

	/** The kinds a client must name for the server to send them (ResponseActions come anyway). */
	private static final List<String> CLIENT_KINDS = List.of("setModel", "updateModel", "message", "checkEdgeResult", "diacSetProperties",
			"setDirtyState", "setEditMode", "setTypeHints", "status", "setMarkers");

	private final Gson gson = new Gson();
	private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	private final List<JsonObject> seen = new ArrayList<>();
	private final AtomicInteger ids = new AtomicInteger();
	private final WebSocket socket;
	private final String clientId = "test-session";

	GlspTestClient(URI server) throws Exception {
		URI endpoint = URI.create("ws://" + server.getHost() + ":" + server.getPort() + DiagramServer.ENDPOINT);
		socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(endpoint, new Listener())
				.get(10, TimeUnit.SECONDS);
		request("initialize", Map.of("applicationId", "glsp-test", "protocolVersion", "1.0.0"));
		request("initializeClientSession", Map.of("clientSessionId", clientId, "diagramType", DiacDiagramModule.DIAGRAM_TYPE, "clientActionKinds",
				CLIENT_KINDS));
	}

	/** Opens the diagram: requestModel, answered by setModel. */
	JsonObject open() throws Exception {
		send(Map.of("kind", "requestModel", "requestId", "model-1", "options", Map.of("sourceUri", "document", "diagramType",
				DiacDiagramModule.DIAGRAM_TYPE)));
		return await("setModel", a -> true);
	}

	void send(Map<String, Object> action) {
		Map<String, Object> message = Map.of("jsonrpc", "2.0", "method", "process", "params", Map.of("clientId", clientId, "action", action));
		socket.sendText(gson.toJson(message), true).join();
	}

	/** Sends a request action and waits for the response with its id. */
	JsonObject ask(Map<String, Object> action, String responseKind) throws Exception {
		String id = "request-" + ids.incrementAndGet();
		java.util.HashMap<String, Object> withId = new java.util.HashMap<>(action);
		withId.put("requestId", id);
		send(withId);
		return await(responseKind, a -> a.has("responseId") && id.equals(a.get("responseId").getAsString()));
	}

	/** The next action of {@code kind} that matches (earlier ones seen are kept for {@link #seen}); fails after 20 s. */
	JsonObject await(String kind, Predicate<JsonObject> matches) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < end) {
			JsonObject action = received.poll(100, TimeUnit.MILLISECONDS);
			if (action != null) {
				seen.add(action);
				if (kind.equals(action.get("kind").getAsString()) && matches.test(action)) {
					return action;
				}
			}
		}
		throw new AssertionError("no " + kind + " came in 20 s; seen: " + seen.stream().map(a -> a.get("kind").getAsString()).toList());
	}

	/** Drops what has come so far. */
	void forget() {
		received.clear();
	}

	boolean isOpen() {
		return !socket.isInputClosed() && !socket.isOutputClosed();
	}

	/** The ids of the graph's children in a setModel or updateModel action. */
	static List<String> ids(JsonObject modelAction) {
		List<String> ids = new ArrayList<>();
		modelAction.getAsJsonObject("newRoot").getAsJsonArray("children").forEach(c -> ids.add(c.getAsJsonObject().get("id").getAsString()));
		return ids;
	}

	private void request(String method, Map<String, Object> params) throws Exception {
		CompletableFuture<Void> answered = new CompletableFuture<>();
		pending = answered;
		socket.sendText(gson.toJson(Map.of("jsonrpc", "2.0", "id", ids.incrementAndGet(), "method", method, "params", params)), true).join();
		answered.get(20, TimeUnit.SECONDS);
	}

	private volatile CompletableFuture<Void> pending;

	@Override
	public void close() {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			text.append(data);
			if (last) {
				JsonObject message = gson.fromJson(text.toString(), JsonObject.class);
				text.setLength(0);
				if (message.has("method") && "process".equals(message.get("method").getAsString())) {
					received.add(message.getAsJsonObject("params").getAsJsonObject("action"));
				} else if (message.has("id") && pending != null) {
					if (message.has("error")) {
						pending.completeExceptionally(new AssertionError("JSON-RPC error: " + message.get("error")));
					} else {
						pending.complete(null);
					}
				}
			}
			webSocket.request(1);
			return null;
		}
	}
}
