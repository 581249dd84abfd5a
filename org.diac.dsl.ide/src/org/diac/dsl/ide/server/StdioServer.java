package org.diac.dsl.ide.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

/**
 * The language server on the process's standard streams ({@code diac lsp}). Standard output then carries only
 * LSP frames: the server writes to the real file descriptor, while {@code System.out} is pointed at standard
 * error before any language code runs, so that a stray print (ours or a library's) cannot corrupt the channel.
 */
public final class StdioServer {

	private StdioServer() {
	}

	/** Takes over standard input and output; the future ends when the client disconnects. */
	public static Future<Void> launch() {
		System.out.flush();
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		InputStream in = System.in;
		System.setOut(System.err);
		StderrLogging.configure();
		return DiacServerLauncher.launch(in, protocol);
	}
}
