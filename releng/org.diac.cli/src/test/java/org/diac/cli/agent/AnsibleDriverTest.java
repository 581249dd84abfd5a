package org.diac.cli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
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
 * The ansible driver through a stand-in {@code ansible-playbook} that keeps the inventory and variables it was given
 * and publishes an output the way a playbook would (a line in {@code diac_outputs}); the machine's image has no
 * Ansible (a real ansible-core run is described in the README).
 */
class AnsibleDriverTest {

    @TempDir
    Path dir;
    Path program;

    @BeforeEach
    void standIn() throws Exception {
        program = dir.resolve("ansible-playbook");
        Files.writeString(program, """
                #!/bin/bash
                # -i INVENTORY -e @VARS PLAYBOOK
                cp "$2" "%1$s/inventory.json"; cp "${4#@}" "%1$s/vars.json"; echo "$5" > "%1$s/playbook"
                out=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["diac_outputs"])' "${4#@}")
                echo "PLAY [all] ok=1"
                echo "port=9" >> "$out"
                case "$5" in *fail*) exit 2;; esac
                """.formatted(dir));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Driver.Result run(AnsibleDriver driver, String file) throws Exception {
        Path implementation = Files.writeString(dir.resolve(file), "- hosts: all\n  tasks: []\n");
        Step step = new Step(4, Step.CALL, "shard1-1", null, null, "Standard", "configure", file, Map.of("size", 3),
                List.of(), "alice", "configured");
        return driver.run(step, implementation, Map.of("size", "3"), dir.resolve("work"), dir.resolve("logs/4.log"),
                Duration.ofSeconds(20));
    }

    private Map<?, ?> json(String file) throws Exception {
        return new Gson().fromJson(Files.readString(dir.resolve(file)), Map.class);
    }

    @Test
    void aPlaybookRunsAgainstTheInstancesHostWithTheInputsAsVariables() throws Exception {
        AnsibleDriver driver = new AnsibleDriver(new LocalProcessDriver(),
                new SshHosts(List.of("root@10.231.1.2:2200"), dir.resolve("hosts.json")), dir.resolve("key"),
                program.toString());
        Driver.Result r = run(driver, "configure.yml");
        assertTrue(r.ok(), r.reason());
        assertEquals(Map.of("port", "9", "ipv4_addr", "10.231.1.2"), r.outputs());
        Map<?, ?> host = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json("inventory.json").get("all")).get("hosts"))
                .get("shard1-1");
        assertEquals("10.231.1.2", host.get("ansible_host"));
        assertEquals(2200.0, host.get("ansible_port"));
        assertEquals("root", host.get("ansible_user"));
        assertEquals(dir.resolve("key").toString(), host.get("ansible_ssh_private_key_file"));
        Map<?, ?> vars = json("vars.json");
        assertEquals("3", vars.get("size"));
        assertEquals("shard1-1", vars.get("diac_instance"));
        assertEquals("Standard.configure", vars.get("diac_operation"));
        assertTrue(Files.readString(dir.resolve("logs/4.log")).contains("PLAY [all]"));
    }

    @Test
    void withoutHostsThePlaybookRunsOnThisMachine() throws Exception {
        Driver.Result r = run(new AnsibleDriver(new LocalProcessDriver(), null, null, program.toString()), "c.yaml");
        assertTrue(r.ok(), r.reason());
        assertEquals(Map.of("port", "9"), r.outputs());
        Map<?, ?> host = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json("inventory.json").get("all")).get("hosts"))
                .get("shard1-1");
        assertEquals("local", host.get("ansible_connection"));
    }

    @Test
    void aFailingPlaybookFailsAndScriptsGoToTheScriptDriver() throws Exception {
        AnsibleDriver driver = new AnsibleDriver(new LocalProcessDriver(), null, null, program.toString());
        Driver.Result failed = run(driver, "fail.yml");
        assertFalse(failed.ok());
        assertEquals(2, failed.exitCode());
        assertTrue(failed.reason().contains("fail.yml exited with 2"), failed.reason());
        Path script = Files.writeString(dir.resolve("s.sh"), "echo ran > ran.txt\n");
        Step step = new Step(5, Step.CALL, "shard1-1", null, null, "Standard", "start", "s.sh", Map.of(), List.of(),
                "alice", "started");
        assertTrue(driver.run(step, script, Map.of(), dir.resolve("work"), dir.resolve("logs/5.log"),
                Duration.ofSeconds(20)).ok());
        assertTrue(Files.exists(dir.resolve("work/ran.txt")));
        assertFalse(Files.exists(dir.resolve("playbook")) && Files.readString(dir.resolve("playbook")).contains("s.sh"));
    }
}
