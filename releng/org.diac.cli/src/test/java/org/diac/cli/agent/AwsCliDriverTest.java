package org.diac.cli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aws driver against a real local EC2 emulator (moto's server and the AWS CLI, both in the machine's image;
 * MAPPER-DEPLOYER.md §3.3): an agent's create scripts start EC2 instances there, and the emulator's private addresses
 * are what the agent reports. Skipped, saying why, where moto_server or aws is not on the PATH.
 */
class AwsCliDriverTest {

    static final String DOCUMENT = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            node_types:
              test.Worker:
                derived_from: diac.nodes.Worker
                interfaces:
                  Standard: { create: scripts/create.sh, delete: scripts/delete.sh }
            topology_template:
              node_templates:
                alice: { type: diac.nodes.Operator, properties: { stake: 300 } }
                bob: { type: diac.nodes.Operator, properties: { stake: 300 } }
                shards:
                  type: diac.nodes.NodeGroup
                  properties: { name_pattern: "shard{index}", occurrence: 2, members_per_group: 3 }
                  requirements: [ { composed_of: worker } ]
                worker:
                  type: test.Worker
                  capabilities: { scalable: { properties: { default_instances: 6 } } }
              policies:
                - staking: { type: diac.policies.Staking, properties: { unit_stake: 100 } }
            """;

    static final String CREATE = """
            set -e
            out=$(aws ec2 run-instances --image-id ami-12c6146b --instance-type t2.micro --count 1 \\
              --tag-specifications "ResourceType=instance,Tags=[{Key=diac:instance,Value=$DIAC_INSTANCE}]" \\
              --query 'Instances[0].[InstanceId,PrivateIpAddress]' --output text)
            set -- $out
            echo "$1" > instance-id
            echo "instance_id=$1" >> "$DIAC_OUTPUTS"
            echo "ipv4_addr=$2" >> "$DIAC_OUTPUTS"
            """;

    @TempDir
    Path dir;
    private Process moto;

    static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).map(p -> Path.of(p, program))
                .filter(Files::isExecutable).findFirst();
    }

    @AfterEach
    void stopMoto() {
        if (moto != null) {
            moto.descendants().forEach(ProcessHandle::destroy);
            moto.destroy();
        }
    }

    private String startMoto() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        moto = new ProcessBuilder(onPath("moto_server").orElseThrow().toString(), "-H", "127.0.0.1", "-p",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(dir.resolve("moto.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return "http://127.0.0.1:" + port;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("moto_server did not start: " + Files.readString(dir.resolve("moto.log")));
    }

    @Test
    void createScriptsStartEmulatedEc2InstancesAndTheirPrivateAddressesAreReported() throws Exception {
        assumeTrue(onPath("moto_server").isPresent() && onPath("aws").isPresent(),
                "moto_server and aws (the image's pyenv Python) are not on the PATH");
        String endpoint = startMoto();
        Path scripts = Files.createDirectories(dir.resolve("csar/scripts"));
        Files.writeString(scripts.resolve("create.sh"), CREATE);
        Files.writeString(scripts.resolve("delete.sh"), "aws ec2 terminate-instances --instance-ids $(cat instance-id)\n");
        InMemoryLedger ledger = new InMemoryLedger("aws", "alice", DOCUMENT);
        ledger.epoch(1, 7);
        StringWriter out = new StringWriter();
        Agent agent = new Agent(ledger.client(), "aws", "alice", new AwsCliDriver(new LocalProcessDriver(), endpoint,
                "us-east-1"), dir.resolve("state"), dir.resolve("csar"), Duration.ofSeconds(60), Duration.ofMillis(200),
                new PrintWriter(out, true));
        assertEquals(Agent.Outcome.DEPLOYED, agent.reconcile(), out.toString());
        List<String> mine = ledger.instancesOf("alice");
        for (String instance : mine) {
            String ip = ledger.statuses.get(instance).ipv4();
            assertTrue(ip.matches("10\\.\\d+\\.\\d+\\.\\d+"), instance + " has the emulator's address, got '" + ip + "'");
            assertEquals("started", ledger.statuses.get(instance).status());
        }
        // the emulator holds one running instance per slot, tagged with the slot's name
        ProcessBuilder pb = new ProcessBuilder(onPath("aws").orElseThrow().toString(), "ec2", "describe-instances",
                "--filters", "Name=instance-state-name,Values=running", "--query",
                "Reservations[].Instances[].Tags[?Key=='diac:instance'].Value[]", "--output", "text")
                .redirectErrorStream(true);
        pb.environment().putAll(java.util.Map.of("AWS_ENDPOINT_URL", endpoint, "AWS_DEFAULT_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing"));
        Process describe = pb.start();
        String tags = new String(describe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        describe.waitFor();
        for (String instance : mine) {
            assertTrue(tags.contains(instance), tags);
        }
    }
}
