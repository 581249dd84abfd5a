package org.diac.cli.agent;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.mapper.plan.Step;

/**
 * Ansible playbooks as operations (the {@code ansible} driver; xOpera's conventions, MAPPER-DEPLOYER.md §3.1): an
 * implementation ending in {@code .yml}/{@code .yaml} runs as {@code ansible-playbook -i INVENTORY -e @VARS PLAYBOOK}
 * against the instance's host (one of {@code --hosts}, over ssh without host key checks; without hosts, this machine
 * with {@code ansible_connection: local}). The operation's inputs are extra variables, with {@code diac_instance},
 * {@code diac_operation} and {@code diac_outputs}: a file on this machine the playbook may write {@code NAME=VALUE}
 * lines to (e.g. with {@code delegate_to: localhost}). Any other implementation goes to the script driver.
 */
final class AnsibleDriver implements Driver {

    private final Driver scripts;
    private final SshHosts hosts;
    private final Path sshKey;
    private final String program;

    AnsibleDriver(Driver scripts, SshHosts hosts, Path sshKey, String program) {
        this.scripts = scripts;
        this.hosts = hosts;
        this.sshKey = sshKey;
        this.program = program;
    }

    @Override
    public Result run(Step step, Path implementation, Map<String, String> environment, Path workDir, Path log,
            Duration timeout) {
        String file = implementation.getFileName().toString();
        if (!file.endsWith(".yml") && !file.endsWith(".yaml")) {
            return scripts.run(step, implementation, environment, workDir, log, timeout);
        }
        String host = hosts == null ? null : hosts.hostOf(step.instance());
        Path outputs = workDir.resolve(".outputs-" + step.order()).toAbsolutePath();
        Map<String, Object> vars = new LinkedHashMap<>(environment);
        vars.put("diac_instance", step.instance());
        vars.put("diac_operation", step.qualifiedOperation());
        vars.put("diac_outputs", outputs.toString());
        try {
            Files.createDirectories(workDir);
            // JSON is YAML: both files are read by Ansible as YAML
            Path inventory = Files.writeString(workDir.resolve("inventory-" + step.order() + ".json"),
                    new Gson().toJson(Map.of("all", Map.of("hosts", Map.of(step.instance(), hostVars(host))))));
            Path varsFile = Files.writeString(workDir.resolve("vars-" + step.order() + ".json"), new Gson().toJson(vars));
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.put("ANSIBLE_HOST_KEY_CHECKING", "False");
            env.put("ANSIBLE_NOCOLOR", "1");
            env.put("ANSIBLE_RETRY_FILES_ENABLED", "False");
            Result r = LocalProcessDriver.run(List.of(program, "-i", inventory.toString(), "-e", "@" + varsFile,
                    implementation.toAbsolutePath().toString()), file, env, workDir, outputs, log, timeout);
            if (host != null) {
                Map<String, String> withAddress = new LinkedHashMap<>(r.outputs());
                withAddress.putIfAbsent("ipv4_addr", SshHosts.address(host));
                return new Result(r.ok(), r.exitCode(), r.reason(), withAddress);
            }
            return r;
        } catch (IOException e) {
            return new Result(false, -1, "cannot prepare " + file + ": " + e.getMessage(), Map.of());
        }
    }

    private Map<String, Object> hostVars(String host) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (host == null) {
            v.put("ansible_connection", "local");
            v.put("ansible_python_interpreter", "/usr/bin/python3");
            return v;
        }
        String target = host.substring(host.indexOf('@') + 1);
        int colon = target.lastIndexOf(':');
        v.put("ansible_host", colon > 0 ? target.substring(0, colon) : target);
        if (colon > 0) {
            v.put("ansible_port", Integer.parseInt(target.substring(colon + 1)));
        }
        if (host.contains("@")) {
            v.put("ansible_user", host.substring(0, host.indexOf('@')));
        }
        if (sshKey != null) {
            v.put("ansible_ssh_private_key_file", sshKey.toAbsolutePath().toString());
        }
        v.put("ansible_ssh_common_args", "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null");
        return v;
    }

    @Override
    public String defaultAddress() {
        return scripts.defaultAddress();
    }
}
