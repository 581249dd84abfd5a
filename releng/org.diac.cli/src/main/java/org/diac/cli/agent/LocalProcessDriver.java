package org.diac.cli.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diac.mapper.plan.Step;

/**
 * Operation scripts as local processes (the {@code local} driver): a {@code .sh} file runs with {@code bash}, any
 * other file is executed directly; the operation's inputs are environment variables (TOSCA 1.3 §4.2 conventions:
 * one variable per input, by name), with {@code DIAC_INSTANCE}, {@code DIAC_OPERATION} and {@code DIAC_OUTPUTS}, a
 * file the script may write {@code NAME=VALUE} lines to (its outputs; {@code ipv4_addr} becomes the address). Output
 * goes to the step's log; a non-zero exit, a timeout or a script that cannot start is a failure with its reason.
 */
public final class LocalProcessDriver implements Driver {

    @Override
    public Result run(Step step, Path implementation, Map<String, String> environment, Path workDir, Path log,
            Duration timeout) {
        List<String> command = implementation.toString().endsWith(".sh")
                ? List.of("bash", implementation.toAbsolutePath().toString())
                : List.of(implementation.toAbsolutePath().toString());
        return run(command, implementation.getFileName().toString(), environment, workDir,
                workDir.resolve(".outputs-" + step.order()), log, timeout);
    }

    /**
     * Runs {@code command} in {@code workDir} with {@code environment} and {@code DIAC_OUTPUTS} = {@code outputs},
     * output appended to {@code log}, killed (with its children) after {@code timeout}; the outputs file's
     * {@code NAME=VALUE} lines are the result's outputs.
     */
    static Result run(List<String> command, String what, Map<String, String> environment, Path workDir, Path outputs,
            Path log, Duration timeout) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.deleteIfExists(outputs);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.directory(workDir.toFile());
            pb.environment().putAll(environment);
            pb.environment().put("DIAC_OUTPUTS", outputs.toAbsolutePath().toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return new Result(false, -1, what + " timed out after " + timeout.toSeconds() + " s (log " + log + ")",
                        Map.of());
            }
            Map<String, String> published = new LinkedHashMap<>();
            if (Files.isRegularFile(outputs)) {
                for (String line : Files.readAllLines(outputs, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        published.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                    }
                }
            }
            int exit = p.exitValue();
            return exit == 0 ? new Result(true, 0, "", published)
                    : new Result(false, exit, what + " exited with " + exit + " (log " + log + ")", published);
        } catch (IOException e) {
            return new Result(false, -1, "cannot run " + what + ": " + e.getMessage(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, -1, "interrupted while running " + what, Map.of());
        }
    }

    @Override
    public String defaultAddress() {
        return "127.0.0.1";
    }
}
