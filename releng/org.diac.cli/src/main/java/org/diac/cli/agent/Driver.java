package org.diac.cli.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.diac.mapper.plan.Step;

/** Runs one operation of a plan on the operator's infrastructure (issue 11 item 5: local processes, SSH, ...). */
public interface Driver {

    /** What an operation did: success, the exit code, why it failed, and the outputs it published. */
    record Result(boolean ok, int exitCode, String reason, Map<String, String> outputs) {
    }

    /**
     * Runs {@code implementation} (a file) for {@code step} with {@code environment}, in {@code workDir}, appending
     * its output to {@code log}; gives up after {@code timeout}.
     */
    Result run(Step step, Path implementation, Map<String, String> environment, Path workDir, Path log,
            Duration timeout);

    /** The address of what this driver runs when an operation publishes none. */
    String defaultAddress();
}
