package org.diac.maven;

import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/** Lines written by the CLI's classes (the agent's progress) as Maven log lines, each with a prefix. */
final class LogWriter extends Writer {

    private final Log log;
    private final String prefix;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Log log, String prefix) {
        this.log = log;
        this.prefix = prefix;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '\n') {
                log.info(prefix + line);
                line.setLength(0);
            } else if (chars[i] != '\r') {
                line.append(chars[i]);
            }
        }
    }

    @Override
    public synchronized void flush() {
        // whole lines only: a partial line waits for its end
    }

    @Override
    public synchronized void close() {
        if (!line.isEmpty()) {
            log.info(prefix + line);
            line.setLength(0);
        }
    }
}
