package org.diac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code diac lsp} as a separate process, the way editors start it, with its standard output read by
 * {@link StrictLspFrames}. The session includes the completion that used to fail (after {@code type: diac.nodes.}
 * in the long sharding example): its error log and stack trace went to standard output, inside the JSON-RPC
 * stream, and a strict client (Neovim) dropped the connection.
 */
class LanguageServerProcessTest {

	private static final long TIMEOUT_SECONDS = 90;

	@TempDir
	Path workspace;

	private Process server;
	private Path stderr;

	@AfterEach
	void stopServer() {
		if (server != null && server.isAlive()) {
			server.destroyForcibly();
		}
	}

	@Test
	void standardOutputCarriesOnlyLspFramesThroughASessionWithTheCompletionThatUsedToFail() throws Exception {
		String example = Files.readString(repository().resolve("examples/sharding-network.diac"));
		String typed = "type: diac.nodes.";
		int worker = example.indexOf(typed + "Worker");
		String text = example.substring(0, worker + typed.length()) + example.substring(worker + (typed + "Worker").length());
		Path file = workspace.resolve("network.diac");
		Files.writeString(file, text);
		String uri = file.toUri().toString();

		StrictLspFrames frames = start();
		send(request(1, "initialize", object("rootUri", workspace.toUri().toString(), "capabilities", new JsonObject())));
		JsonObject capabilities = response(frames, 1).getAsJsonObject("result").getAsJsonObject("capabilities");
		assertTrue(capabilities.has("completionProvider"), capabilities::toString);
		send(notification("initialized", new JsonObject()));
		send(notification("textDocument/didOpen",
				object("textDocument", object("uri", uri, "languageId", "diac", "version", 1, "text", text))));
		await(frames, message -> "textDocument/publishDiagnostics".equals(string(message, "method"))
				&& uri.equals(string(message.getAsJsonObject("params"), "uri")));

		send(request(2, "textDocument/completion", position(uri, text, worker + typed.length())));
		List<String> labels = labels(response(frames, 2).get("result"));
		assertTrue(labels.contains("diac.nodes.Worker"), () -> "labels: " + labels + stderrTail());

		send(request(3, "textDocument/hover", position(uri, text, text.indexOf("diac.nodes.Operator") + 3)));
		assertTrue(response(frames, 3).get("result").isJsonObject(), this::stderrTail);
		send(request(4, "textDocument/documentSymbol", object("textDocument", object("uri", uri))));
		assertTrue(response(frames, 4).get("result").getAsJsonArray().size() > 0, this::stderrTail);

		// the other requests an editor sends while editing: none may write anything but frames either
		int alice = text.indexOf("targets: [ alice") + "targets: [ ".length() + 1;
		send(request(5, "textDocument/references", object("textDocument", object("uri", uri), "position", position(uri, text, alice)
				.get("position"), "context", object("includeDeclaration", Boolean.TRUE))));
		assertTrue(response(frames, 5).getAsJsonArray("result").size() > 1, this::stderrTail);
		send(request(6, "textDocument/semanticTokens/full", object("textDocument", object("uri", uri))));
		assertTrue(response(frames, 6).getAsJsonObject("result").getAsJsonArray("data").size() > 0, this::stderrTail);
		send(request(7, "textDocument/formatting", object("textDocument", object("uri", uri), "options", object("tabSize", 2, "insertSpaces", Boolean.TRUE))));
		response(frames, 7);
		send(request(8, "textDocument/codeAction", object("textDocument", object("uri", uri), "range", object("start", object("line", 0, "character", 0),
				"end", object("line", 0, "character", 0)), "context", object("diagnostics", new JsonArray()))));
		response(frames, 8);

		send(request(9, "shutdown", null));
		response(frames, 9);
		send(notification("exit", null));
		assertTrue(server.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server did not exit after `exit`");
		waitUntil(frames::ended);
		assertNull(frames.violation(), () -> frames.violation() + stderrTail());
		assertEquals(0, server.exitValue(), this::stderrTail);
	}

	// ---- the process ---------------------------------------------------------------------------------------

	/** Starts {@code java -cp <this module's run-time class path> org.diac.cli.Diac lsp}. */
	private StrictLspFrames start() throws IOException {
		stderr = workspace.resolve("server-stderr.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-Xss16m", "-cp", System.getProperty("java.class.path"), Diac.class.getName(), "lsp")
				.redirectError(stderr.toFile()).start();
		StrictLspFrames frames = new StrictLspFrames(server.getInputStream());
		Thread reader = new Thread(frames, "lsp-stdout");
		reader.setDaemon(true);
		reader.start();
		return frames;
	}

	private void send(JsonObject message) throws IOException {
		byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
		OutputStream in = server.getOutputStream();
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	private JsonObject response(StrictLspFrames frames, int id) throws InterruptedException {
		JsonObject response = await(frames, message -> message.has("id") && message.get("id").isJsonPrimitive()
				&& message.get("id").getAsInt() == id && !message.has("method"));
		assertTrue(!response.has("error"), () -> "request " + id + " failed: " + response + stderrTail());
		return response;
	}

	/** The next message that satisfies {@code wanted}; those before it are skipped (server notifications, requests). */
	private JsonObject await(StrictLspFrames frames, Predicate<JsonObject> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			assertNull(frames.violation(), () -> frames.violation() + stderrTail());
			JsonObject message = frames.messages().poll(200, TimeUnit.MILLISECONDS);
			if (message != null && wanted.test(message)) {
				return message;
			}
			if (message == null && frames.ended()) {
				break;
			}
		}
		throw new AssertionError("no awaited message; framing: " + frames.violation() + stderrTail());
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private String stderrTail() {
		try {
			String text = stderr == null || !Files.exists(stderr) ? "" : Files.readString(stderr);
			return "\n--- server stderr (tail) ---\n" + text.substring(Math.max(0, text.length() - 4000));
		} catch (IOException e) {
			return "\n(stderr unreadable: " + e + ")";
		}
	}

	private static Path repository() {
		String configured = System.getProperty("diac.repo");
		Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("diac"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no repository (with examples/) above " + start + File.separator);
	}

	// ---- JSON-RPC messages ---------------------------------------------------------------------------------

	private static JsonObject request(int id, String method, JsonObject params) {
		JsonObject message = notification(method, params);
		message.addProperty("id", id);
		return message;
	}

	private static JsonObject notification(String method, JsonObject params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		return message;
	}

	private static JsonObject position(String uri, String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return object("textDocument", object("uri", uri), "position", object("line", line, "character", offset - lineStart));
	}

	private static JsonObject object(Object... keysAndValues) {
		JsonObject object = new JsonObject();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			String key = (String) keysAndValues[i];
			Object value = keysAndValues[i + 1];
			if (value instanceof JsonElement element) {
				object.add(key, element);
			} else if (value instanceof Number number) {
				object.addProperty(key, number);
			} else if (value instanceof Boolean bool) {
				object.addProperty(key, bool);
			} else {
				object.addProperty(key, (String) value);
			}
		}
		return object;
	}

	private static String string(JsonObject object, String key) {
		return object != null && object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : null;
	}

	private static List<String> labels(JsonElement completion) {
		JsonArray items = completion.isJsonArray() ? completion.getAsJsonArray() : completion.getAsJsonObject().getAsJsonArray("items");
		List<String> labels = new ArrayList<>();
		items.forEach(item -> labels.add(item.getAsJsonObject().get("label").getAsString()));
		return labels;
	}
}
