package org.diac.cli.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diac.mapper.plan.Step;

/**
 * Operation scripts over SSH (the {@code ssh} driver; MAPPER-DEPLOYER.md §3.2 test hosts: network namespaces with
 * their own sshd). Each instance runs on one of the operator's hosts ({@link SshHosts}); the script goes to
 * {@code bash -s} on the host through standard input, after the inputs exported as environment variables and a
 * working folder {@code ~/.diac-agent/<operator>/<instance>} (own per instance: namespaces share one file system).
 * What the script writes to {@code $DIAC_OUTPUTS} comes back after a marker line on standard output; the host's
 * address is the instance's address unless the script publishes {@code ipv4_addr}. Host keys are not checked: test
 * hosts get new keys on every run (§3.2 pitfall 4).
 */
final class SshDriver implements Driver {

    static final String MARKER = "__DIAC_OUTPUTS__";
    private final SshHosts hosts;
    private final Path identityFile;
    private final String ssh;
    private final String operator;

    SshDriver(SshHosts hosts, Path identityFile, String ssh, String operator) {
        this.hosts = hosts;
        this.identityFile = identityFile;
        this.ssh = ssh;
        this.operator = operator;
    }

    @Override
    public Result run(Step step, Path implementation, Map<String, String> environment, Path workDir, Path log,
            Duration timeout) {
        String host = hosts.hostOf(step.instance());
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            String script = remoteScript(step, Files.readString(implementation), environment);
            Process p = new ProcessBuilder(command(host)).redirectErrorStream(true).start();
            byte[] output;
            try (InputStream out = p.getInputStream()) {
                output = readWithin(out, p, script, timeout);
            }
            if (output == null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Result(false, -1, implementation.getFileName() + " on " + host + " timed out after "
                        + timeout.toSeconds() + " s (log " + log + ")", Map.of());
            }
            String text = new String(output, StandardCharsets.UTF_8);
            int marker = text.lastIndexOf(MARKER + "\n");
            String logged = marker < 0 ? text : text.substring(0, marker);
            Files.writeString(log, logged, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Map<String, String> outputs = new LinkedHashMap<>();
            if (marker >= 0) {
                for (String line : text.substring(marker + MARKER.length() + 1).split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        outputs.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                    }
                }
            }
            outputs.putIfAbsent("ipv4_addr", SshHosts.address(host));
            int exit = p.waitFor();
            if (exit == 255 && marker < 0) {
                return new Result(false, exit, "ssh to " + host + " failed (log " + log + ")", Map.of());
            }
            return exit == 0 ? new Result(true, 0, "", outputs)
                    : new Result(false, exit, implementation.getFileName() + " on " + host + " exited with " + exit
                            + " (log " + log + ")", outputs);
        } catch (IOException e) {
            return new Result(false, -1, "cannot run ssh to " + host + ": " + e.getMessage(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, -1, "interrupted while running " + implementation + " on " + host, Map.of());
        }
    }

    /**
     * Sends {@code script} to the process and returns its whole output, or null when it did not end within
     * {@code timeout}. An ssh that ends before reading its input (host unreachable) closes the pipe: its exit status
     * and output tell why, not the broken pipe.
     */
    private static byte[] readWithin(InputStream out, Process p, String script, Duration timeout)
            throws InterruptedException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try {
                out.transferTo(buffer);
            } catch (IOException e) {
                // the process was killed: what was read is kept
            }
        }, "ssh-output");
        pump.setDaemon(true);
        pump.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the process is gone or stopped reading; see above
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        pump.join(5000);
        return buffer.toByteArray();
    }

    List<String> command(String host) {
        List<String> command = new ArrayList<>(List.of(ssh, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10"));
        if (identityFile != null) {
            command.addAll(List.of("-i", identityFile.toString()));
        }
        String target = host;
        int colon = host.lastIndexOf(':');
        if (colon > host.indexOf('@')) {
            command.addAll(List.of("-p", host.substring(colon + 1)));
            target = host.substring(0, colon);
        }
        command.add(target);
        command.add("bash -s");
        return command;
    }

    /** Environment, working folder, the script in a subshell, then the marker and the outputs; exit with its status. */
    String remoteScript(Step step, String script, Map<String, String> environment) {
        StringBuilder s = new StringBuilder();
        environment.forEach((k, v) -> s.append("export ").append(k).append('=').append(quote(v)).append('\n'));
        String dir = "$HOME/.diac-agent/" + safe(operator) + "/" + safe(step.instance());
        s.append("mkdir -p \"").append(dir).append("\" && cd \"").append(dir).append("\" || exit 255\n");
        s.append("export DIAC_OUTPUTS=\"").append(dir).append("/.outputs-").append(step.order()).append("\"\n");
        s.append("rm -f \"$DIAC_OUTPUTS\"\n");
        s.append("(\n").append(script).append("\n) </dev/null\n");
        s.append("rc=$?\necho ").append(MARKER).append("\n[ -f \"$DIAC_OUTPUTS\" ] && cat \"$DIAC_OUTPUTS\"\nexit $rc\n");
        return s.toString();
    }

    private static String quote(String v) {
        return "'" + v.replace("'", "'\\''") + "'";
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public String defaultAddress() {
        return null;
    }
}
