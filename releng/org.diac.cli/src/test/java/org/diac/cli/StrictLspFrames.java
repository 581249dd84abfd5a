package org.diac.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads a language server's standard output as a strict client does: every byte belongs to a frame
 * {@code Content-Length: N\r\n\r\n} followed by N bytes of one JSON-RPC message. The first byte that does not
 * (a log line, a stack trace, a second header) is recorded as the violation and reading stops, as such a
 * client would drop the connection.
 */
final class StrictLspFrames implements Runnable {

	private static final Pattern HEADER = Pattern.compile("Content-Length: (\\d+)\r\n\r\n");
	/** Longer than any valid header; a header that grows past it is not one. */
	private static final int MAX_HEADER = 64;

	private final InputStream in;
	private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
	private volatile String violation;
	private volatile boolean ended;

	StrictLspFrames(InputStream in) {
		this.in = in;
	}

	@Override
	public void run() {
		try {
			while (true) {
				ByteArrayOutputStream header = new ByteArrayOutputStream();
				int b;
				while (!endsWithBlankLine(header) && header.size() < MAX_HEADER && (b = in.read()) >= 0) {
					header.write(b);
				}
				if (header.size() == 0) {
					return;
				}
				String text = header.toString(StandardCharsets.US_ASCII);
				Matcher matcher = HEADER.matcher(text);
				if (!matcher.matches()) {
					violation = "not an LSP header: " + printable(text + new String(in.readNBytes(400), StandardCharsets.UTF_8));
					return;
				}
				byte[] body = in.readNBytes(Integer.parseInt(matcher.group(1)));
				String json = new String(body, StandardCharsets.UTF_8);
				JsonElement message;
				try {
					message = JsonParser.parseString(json);
				} catch (RuntimeException e) {
					violation = "frame body is no JSON: " + printable(json);
					return;
				}
				if (!message.isJsonObject() || !"2.0".equals(jsonrpc(message.getAsJsonObject()))) {
					violation = "frame body is no JSON-RPC 2.0 message: " + printable(json);
					return;
				}
				messages.add(message.getAsJsonObject());
			}
		} catch (IOException e) {
			violation = "reading standard output failed: " + e;
		} finally {
			ended = true;
		}
	}

	BlockingQueue<JsonObject> messages() {
		return messages;
	}

	/** Null while every byte read so far was part of a valid frame. */
	String violation() {
		return violation;
	}

	/** Standard output reached its end (or a violation stopped reading). */
	boolean ended() {
		return ended;
	}

	private static String jsonrpc(JsonObject message) {
		return message.has("jsonrpc") ? message.get("jsonrpc").getAsString() : null;
	}

	private static boolean endsWithBlankLine(ByteArrayOutputStream header) {
		byte[] bytes = header.toByteArray();
		int n = bytes.length;
		return n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
	}

	private static String printable(String text) {
		return text.replace("\r", "\\r").replace("\n", "\\n\n");
	}
}
