package org.diac.cli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.diac.mapper.plan.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ssh driver through a stand-in {@code ssh} program that plays each host as a home folder of its own on this
 * machine and runs the remote command with {@code bash} (so what is tested is the driver's protocol: the command
 * line, the script on standard input, environment, working folder, outputs, exit codes). Real network-namespace
 * hosts with sshd are not part of the build (the machine's image has no sshd).
 */
class SshDriverTest {

    @TempDir
    Path dir;
    Path ssh;
    Path hostsRoot;

    @BeforeEach
    void fakeSsh() throws Exception {
        hostsRoot = dir.resolve("hosts");
        ssh = dir.resolve("ssh");
        Files.writeString(ssh, """
                #!/bin/bash
                args=("$@"); n=${#args[@]}
                host="${args[$((n-2))]}"; cmd="${args[$((n-1))]}"
                echo "$@" >> "%s/ssh-calls"
                if [ "$host" = "root@down.example" ]; then echo "ssh: connect to host down.example port 22: Connection refused" >&2; exit 255; fi
                export HOME="%s/$host"; mkdir -p "$HOME"
                exec bash -c "$cmd"
                """.formatted(dir, hostsRoot));
        Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Step step(String instance, Map<String, Object> inputs) {
        return new Step(3, Step.CALL, instance, null, null, "Standard", "create", "scripts/create.sh", inputs, List.of(),
                "alice", "created");
    }

    private Driver.Result run(SshDriver driver, String instance, String script, Duration timeout) throws Exception {
        Path file = Files.writeString(dir.resolve("create.sh"), script);
        return driver.run(step(instance, Map.of()), file, Map.of("greeting", "it's me", "DIAC_INSTANCE", instance),
                dir.resolve("work"), dir.resolve("logs/3.log"), timeout);
    }

    private SshDriver driver(List<String> hosts) {
        return new SshDriver(new SshHosts(hosts, dir.resolve("hosts.json")), dir.resolve("id_key"), ssh.toString(),
                "alice");
    }

    @Test
    void theScriptRunsOnTheInstancesHostWithItsInputsAndItsOutputsComeBack() throws Exception {
        Driver.Result r = run(driver(List.of("root@10.200.1.2:2222")), "shard1-1",
                "echo \"$greeting\" > greeting\necho working in $(pwd)\necho port=8080 >> \"$DIAC_OUTPUTS\"",
                Duration.ofSeconds(20));
        assertTrue(r.ok(), r.reason());
        Path work = hostsRoot.resolve("root@10.200.1.2/.diac-agent/alice/shard1-1");
        assertEquals("it's me\n", Files.readString(work.resolve("greeting")));
        assertEquals(Map.of("port", "8080", "ipv4_addr", "10.200.1.2"), r.outputs());
        assertTrue(Files.readString(dir.resolve("logs/3.log")).contains("working in " + work), "the script's output is logged");
        String call = Files.readString(dir.resolve("ssh-calls"));
        assertTrue(call.contains("-i " + dir.resolve("id_key")) && call.contains("-p 2222")
                && call.contains("StrictHostKeyChecking=no") && call.contains("BatchMode=yes"), call);
    }

    @Test
    void instancesSpreadOverTheHostsAndKeepTheirHost() {
        SshHosts hosts = new SshHosts(List.of("a", "b"), dir.resolve("hosts.json"));
        assertEquals(List.of("a", "b", "a"), List.of(hosts.hostOf("x"), hosts.hostOf("y"), hosts.hostOf("z")));
        SshHosts again = new SshHosts(List.of("b", "a"), dir.resolve("hosts.json"));
        assertEquals("a", again.hostOf("z"));
        assertEquals("b", again.hostOf("w")); // a has 2, b has 1
    }

    @Test
    void aFailingScriptAnUnreachableHostAndAHangAreFailures() throws Exception {
        Driver.Result failed = run(driver(List.of("root@10.200.1.2")), "shard1-1", "echo half >> \"$DIAC_OUTPUTS\"\nexit 3",
                Duration.ofSeconds(20));
        assertFalse(failed.ok());
        assertEquals(3, failed.exitCode());
        assertTrue(failed.reason().contains("exited with 3"), failed.reason());
        Driver.Result down = run(driver(List.of("root@down.example")), "shard1-1", "true", Duration.ofSeconds(20));
        assertFalse(down.ok());
        assertTrue(down.reason().contains("ssh to root@down.example failed"), down.reason());
        Driver.Result hang = run(driver(List.of("root@10.200.1.2")), "shard1-1", "sleep 30", Duration.ofMillis(500));
        assertFalse(hang.ok());
        assertTrue(hang.reason().contains("timed out"), hang.reason());
    }

    @Test
    void anAgentDeploysItsShareOnItsHostsAndReportsTheirAddresses() throws Exception {
        Path csar = dir.resolve("csar/scripts");
        Files.createDirectories(csar);
        for (String op : List.of("create", "configure", "start", "stop", "delete")) {
            Files.writeString(csar.resolve(op + ".sh"), "echo " + op + " >> ops.log\n");
        }
        InMemoryLedger ledger = new InMemoryLedger("agents", "alice", AgentTest.DOCUMENT);
        ledger.epoch(1, 7);
        Agent agent = new Agent(ledger.client(), "agents", "alice", driver(List.of("root@10.200.1.2", "root@10.200.2.2")),
                dir.resolve("state"), dir.resolve("csar"), Duration.ofSeconds(20), Duration.ofMillis(200),
                new PrintWriter(new StringWriter(), true));
        assertEquals(Agent.Outcome.DEPLOYED, agent.reconcile());
        List<String> mine = ledger.instancesOf("alice");
        List<String> addresses = mine.stream().map(i -> ledger.statuses.get(i).ipv4()).toList();
        assertEquals(List.of("10.200.1.2", "10.200.2.2", "10.200.1.2"), addresses);
        assertEquals(List.of("create", "configure", "start"), Files.readAllLines(hostsRoot.resolve(
                "root@10.200.2.2/.diac-agent/alice").resolve(mine.get(1)).resolve("ops.log")));
    }
}
