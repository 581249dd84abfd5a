package org.diac.chain.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived Fabric command-line tool (cryptogen, configtxgen, peer, osnadmin) and captures its output. */
final class ToolRunner {

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private ToolRunner() {
    }

    /** Runs {@code command} with a clean environment plus {@code env}; never throws for a non-zero exit. */
    static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        ProcessEnv.reset(pb.environment());
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new NetworkException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out.join());
        } catch (IOException e) {
            throw new NetworkException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted: " + String.join(" ", command), e);
        }
    }

    /** Like {@link #run} but fails with the tool's output when it exits non-zero. */
    static String check(List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        Result r = run(command, env, workDir, timeout);
        if (!r.ok()) {
            throw new NetworkException(Path.of(command.get(0)).getFileName() + " " + String.join(" ",
                    command.subList(1, Math.min(command.size(), 4))) + " failed (exit " + r.exitCode() + "):\n"
                    + r.output().strip());
        }
        return r.output();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
