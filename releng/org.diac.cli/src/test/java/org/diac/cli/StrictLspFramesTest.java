package org.diac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The strict reader that LanguageServerProcessTest relies on accepts LSP frames and nothing else. */
class StrictLspFramesTest {

	private static final String FRAME = "Content-Length: 17\r\n\r\n{\"jsonrpc\":\"2.0\"}";

	@Test
	void readsConsecutiveFramesToTheEnd() {
		StrictLspFrames frames = read(FRAME + FRAME);
		assertNull(frames.violation());
		assertEquals(2, frames.messages().size());
		assertTrue(frames.ended());
	}

	@Test
	void aLogLineBetweenFramesIsAViolation() {
		// what the server wrote before: a log4j line and a stack trace on standard output
		StrictLspFrames frames = read(FRAME + "0    [pool-1-thread-1] ERROR t.antlr.ContentAssistContextFactory  - java.util.NoSuchElementException\n" + FRAME);
		assertNotNull(frames.violation());
		assertEquals(1, frames.messages().size());
	}

	@Test
	void aBodyThatIsNoJsonRpcMessageIsAViolation() {
		assertNotNull(read("Content-Length: 2\r\n\r\n[]").violation());
		assertNotNull(read("Content-Length: 5\r\n\r\nhello").violation());
	}

	@Test
	void anotherHeaderOrATruncatedHeaderIsAViolation() {
		assertNotNull(read("Content-Type: application/json\r\n\r\n").violation());
		assertNotNull(read("Content-Length: 17\r\n").violation());
	}

	private static StrictLspFrames read(String output) {
		StrictLspFrames frames = new StrictLspFrames(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
		frames.run();
		return frames;
	}
}
