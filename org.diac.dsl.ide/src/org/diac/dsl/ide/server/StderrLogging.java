package org.diac.dsl.ide.server;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j 1.x, whose default configuration (any {@code log4j.properties} on the class path)
 * writes to standard output. In {@code diac lsp} standard output is the JSON-RPC channel, where one stray line
 * breaks every strict client, so the configuration is replaced by a single appender on standard error.
 */
public final class StderrLogging {

	static final String PATTERN = "%-5p %c{1} - %m%n";

	private StderrLogging() {
	}

	/** Drops every appender log4j installed so far and logs warnings and errors to standard error. */
	public static void configure() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.addAppender(new ConsoleAppender(new PatternLayout(PATTERN), ConsoleAppender.SYSTEM_ERR));
		root.setLevel(Level.WARN);
	}
}
