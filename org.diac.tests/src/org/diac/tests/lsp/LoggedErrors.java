package org.diac.tests.lsp;

import java.io.StringWriter;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;

/**
 * Errors that Xtext and the DiaC services log (log4j) while open: some failures never reach the client as an
 * error reply (Xtext's content assist logs a failed context computation and answers with fewer proposals), so
 * tests that a request works also check that nothing was logged.
 */
final class LoggedErrors implements AutoCloseable {

	private final StringWriter text = new StringWriter();
	private final WriterAppender appender = new WriterAppender(new PatternLayout("%p %c - %m%n"), text);

	private LoggedErrors() {
		appender.setThreshold(Level.ERROR);
		Logger.getRootLogger().addAppender(appender);
	}

	static LoggedErrors record() {
		return new LoggedErrors();
	}

	/** What was logged at level ERROR or above since {@link #record()}, stack traces included; empty when nothing. */
	String errors() {
		synchronized (text) {
			return text.toString();
		}
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(appender);
	}
}
