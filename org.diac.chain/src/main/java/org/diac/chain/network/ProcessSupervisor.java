package org.diac.chain.network;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts and stops the long-running network processes (orderer, peers, chaincode server) so that they outlive
 * the command that started them: each runs in its own session ({@code setsid}, so a Ctrl-C in the terminal does
 * not reach it), with stdin from /dev/null and stdout/stderr appended to {@code logs/<name>.log}. A pid file
 * {@code run/<name>.pid} holds the pid and the executable; a process counts as running only while a live
 * process with that pid still runs that executable.
 */
final class ProcessSupervisor {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final NetworkLayout layout;

    ProcessSupervisor(NetworkLayout layout) {
        this.layout = layout;
    }

    Path pidFile(String name) {
        return layout.runDir().resolve(name + ".pid");
    }

    /** The live process recorded for {@code name}, if any. */
    Optional<ProcessHandle> running(String name) {
        Path f = pidFile(name);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(f);
            long pid = Long.parseLong(lines.get(0).trim());
            String exe = lines.size() > 1 ? lines.get(1).trim() : "";
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> sameExecutable(h, exe));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameExecutable(ProcessHandle h, String exe) {
        Optional<String> cmd = h.info().command();
        if (exe.isEmpty() || cmd.isEmpty()) {
            return true;
        }
        String actual = Path.of(cmd.get()).getFileName().toString();
        String expected = Path.of(exe).getFileName().toString();
        return actual.equals(expected) || actual.equals("setsid");
    }

    /** Starts {@code command} in the background with a clean environment plus {@code env}; returns its pid. */
    long start(String name, List<String> command, Map<String, String> env, Path workDir) {
        if (running(name).isPresent()) {
            return running(name).get().pid();
        }
        try {
            Files.createDirectories(layout.logDir());
            Files.createDirectories(layout.runDir());
            Files.createDirectories(workDir);
            Path log = layout.log(name);
            Files.writeString(log, "---- " + java.time.Instant.now() + " start " + String.join(" ", command) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            List<String> full = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                full.add("/usr/bin/setsid");
            }
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            ProcessEnv.reset(pb.environment());
            pb.environment().putAll(env);
            Process p = pb.start();
            Files.writeString(pidFile(name), p.pid() + "\n" + command.get(0) + "\n");
            return p.pid();
        } catch (IOException e) {
            throw new NetworkException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** True if the process recorded for {@code name} has exited (used to fail fast during start-up). */
    boolean exited(String name) {
        return running(name).isEmpty();
    }

    /** SIGTERM, then SIGKILL after a grace period; removes the pid file. Returns whether something was stopped. */
    boolean stop(String name) {
        Optional<ProcessHandle> h = running(name);
        boolean stopped = false;
        if (h.isPresent()) {
            ProcessHandle p = h.get();
            p.destroy();
            try {
                p.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                p.destroyForcibly();
                try {
                    p.onExit().get(5, TimeUnit.SECONDS);
                } catch (InterruptedException | ExecutionException | TimeoutException ignored) {
                    // reported below as stopped anyway; the pid file goes
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // exited
            }
            stopped = true;
        }
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException ignored) {
            // harmless
        }
        return stopped;
    }

    /** The last {@code n} lines of a process log, for error messages. */
    String tail(String name, int n) {
        try {
            List<String> lines = Files.readAllLines(layout.log(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
