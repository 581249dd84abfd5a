package org.diac.cli.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diac.cli.Diac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** {@code diac map --instances} and {@code diac plan}, run in this process on the sharding example and small documents. */
class PlanCommandTest {

    private static final String SEED = "a3ad7b0ef73d8fc6655053ea22f9bede8c743f08bbed3d38821f0e16474b505e";
    private static final String OTHER_SEED = "90871e06da5caa39a3c61578ebb844de8635e27ac0b13e829997d0d95dd98c19";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Diac.commandLine(args);
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String sharding() {
        return Path.of(System.getProperty("diac.repo", "../.."), "examples", "sharding-network.diac").toString();
    }

    private Path instances(String seed, long epoch) {
        Path out = dir.resolve("instances-" + epoch + ".yaml");
        Run map = run("map", sharding(), "--seed", seed, "--epoch", Long.toString(epoch), "--instances", "--out", out.toString());
        assertEquals(0, map.exit(), map.toString());
        assertEquals("", map.out(), "--out writes the file, not stdout");
        return out;
    }

    private static List<JsonObject> steps(Run plan) {
        List<JsonObject> steps = new ArrayList<>();
        for (JsonElement step : JsonParser.parseString(plan.out()).getAsJsonObject().getAsJsonArray("steps")) {
            steps.add(step.getAsJsonObject());
        }
        return steps;
    }

    private static String line(JsonObject step) {
        return step.get("instance").getAsString() + " "
                + ("wait".equals(step.get("kind").getAsString()) ? "wait:" + step.get("state").getAsString()
                        : step.get("interface").getAsString() + "." + step.get("operation").getAsString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShardingExamplesInstanceModelValidatesThroughTheLanguage() throws Exception {
        Path model = instances(SEED, 3);
        Run validate = run("validate", model.toString());
        assertEquals(0, validate.exit(), validate.toString());
        assertFalse(validate.out().contains("error") || validate.err().contains("error"), validate.toString());
        Map<String, Object> tree = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(model));
        Map<String, Object> templates = (Map<String, Object>) ((Map<String, Object>) tree.get("topology_template")).get("node_templates");
        assertFalse(templates.containsKey("worker"));
        Set<String> workers = new HashSet<>();
        templates.forEach((name, body) -> {
            Map<String, Object> template = (Map<String, Object>) body;
            if ("diac.nodes.Worker".equals(template.get("type"))) {
                workers.add(name);
                assertTrue(name.matches("shard[1-4]-[1-5]"), name);
                Map<String, Object> properties = (Map<String, Object>) template.get("properties");
                assertEquals(Integer.valueOf(name.substring(5, 6)), properties.get("group"));
                List<Map<String, Object>> requirements = (List<Map<String, Object>>) template.get("requirements");
                assertTrue(Set.of("alice", "bob", "carol", "dave", "erin", "frank").contains(requirements.get(0).get("operated_by")), name);
            }
        });
        assertEquals(20, workers.size());
        Map<String, Object> validator = (Map<String, Object>) templates.get("validator");
        assertEquals(21, ((List<?>) validator.get("requirements")).size(), "operated_by carol and validates each of the 20 instances");
    }

    @Test
    void thePlanDeploysWorkersAfterTheirOperatorsAndTheValidatorAndShardsAfterTheWorkers() {
        Run plan = run("plan", sharding(), "--seed", SEED, "--epoch", "3", "--format", "json");
        assertEquals(0, plan.exit(), plan.toString());
        List<String> lines = steps(plan).stream().map(PlanCommandTest::line).toList();
        assertEquals(3 * (6 + 20 + 2), lines.size(), "create, configure, start of 6 operators, 20 workers, shards and validator");
        int lastWorkerStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("shard\\d-\\d Standard.start")) {
                lastWorkerStart = i;
            }
        }
        assertTrue(lastWorkerStart < lines.indexOf("validator Standard.create"), lines.toString());
        assertTrue(lastWorkerStart < lines.indexOf("shards Standard.create"), lines.toString());
        assertTrue(lines.indexOf("frank Standard.start") < lines.indexOf("shard1-1 Standard.create"), lines.toString());
        assertTrue(steps(plan).stream().allMatch(s -> "no-op".equals(s.get("kind").getAsString())), "the example has no implementations");
    }

    @Test
    void anOperatorsShareHasItsStepsAndWaitsForTheWorkersOfOthers() {
        Run carol = run("plan", sharding(), "--seed", SEED, "--epoch", "3", "--operator", "carol", "--format", "json");
        assertEquals(0, carol.exit(), carol.toString());
        JsonObject json = JsonParser.parseString(carol.out()).getAsJsonObject();
        assertEquals("carol", json.get("operator").getAsString());
        List<JsonObject> steps = steps(carol);
        List<JsonObject> waits = steps.stream().filter(s -> "wait".equals(s.get("kind").getAsString())).toList();
        assertEquals(17, waits.size(), "the validator waits for the 17 workers of the other operators");
        assertTrue(waits.stream().noneMatch(w -> "carol".equals(w.get("operator").getAsString())));
        assertTrue(steps.stream().filter(s -> !"wait".equals(s.get("kind").getAsString()))
                .allMatch(s -> "carol".equals(s.get("operator").getAsString())));
        assertEquals("validator Standard.start", line(steps.get(steps.size() - 1)));
    }

    @Test
    void anUnknownOperatorIsAnErrorNamingIt() {
        Run plan = run("plan", sharding(), "--seed", SEED, "--operator", "mallory");
        assertEquals(1, plan.exit(), plan.toString());
        assertTrue(plan.err().contains("'mallory'") && plan.err().contains("alice"), plan.err());
        assertEquals("", plan.out());
    }

    @Test
    void aDocumentWithErrorsIsRefusedWithFileLineAndRule() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.diac"), "tosca_definitions_version: tosca_simple_yaml_1_3\n"
                + "topology_template:\n  node_templates:\n    a: { type: NoSuchType }\n");
        Run plan = run("plan", bad.toString());
        assertEquals(1, plan.exit(), plan.toString());
        assertTrue(plan.err().contains("bad.diac:4:") && plan.err().contains("TOSCA-UNKNOWN-TYPE"), plan.err());
        assertEquals("", plan.out());
    }

    @Test
    void aTypeLevelDocumentWithoutSeedIsRefusedNamingTheWorker() {
        Run plan = run("plan", sharding());
        assertEquals(1, plan.exit(), plan.toString());
        assertTrue(plan.err().contains("worker (20 instances)") && plan.err().contains("--seed"), plan.err());
    }

    @Test
    void aRequirementCycleIsRefusedNamingTheTemplates() throws Exception {
        Path cycle = Files.writeString(dir.resolve("cycle.yaml"), """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    web:
                      type: tosca.nodes.Root
                      requirements:
                        - dependency: cache
                    cache:
                      type: tosca.nodes.Root
                      requirements:
                        - dependency: web
                """);
        Run plan = run("plan", cycle.toString());
        assertEquals(1, plan.exit(), plan.toString());
        assertTrue(plan.err().contains("web -> cache -> web"), plan.err());
    }

    @Test
    void implementationsAndInputsComeFromTheTypesAndTheTemplate() throws Exception {
        Path doc = Files.writeString(dir.resolve("app.yaml"), """
                tosca_definitions_version: tosca_simple_yaml_1_3
                node_types:
                  my.App:
                    derived_from: tosca.nodes.SoftwareComponent
                    properties:
                      port: { type: integer }
                    interfaces:
                      Standard:
                        operations:
                          create: playbooks/create.yaml
                          start:
                            implementation: playbooks/start.yaml
                            inputs:
                              port: { get_property: [ SELF, port ] }
                topology_template:
                  inputs:
                    region: { type: string, default: eu-west }
                  node_templates:
                    server:
                      type: tosca.nodes.Compute
                    app:
                      type: my.App
                      properties: { port: 8080 }
                      requirements:
                        - host: server
                      interfaces:
                        Standard:
                          inputs:
                            region: { get_input: region }
                          operations:
                            configure: playbooks/configure.yaml
                """);
        Run plan = run("plan", doc.toString(), "--format", "json");
        assertEquals(0, plan.exit(), plan.toString());
        List<JsonObject> steps = steps(plan);
        assertEquals(List.of("server Standard.create", "server Standard.configure", "server Standard.start", "app Standard.create",
                "app Standard.configure", "app Standard.start"), steps.stream().map(PlanCommandTest::line).toList());
        assertEquals("playbooks/create.yaml", steps.get(3).get("implementation").getAsString());
        assertEquals("playbooks/configure.yaml", steps.get(4).get("implementation").getAsString());
        JsonObject start = steps.get(5);
        assertEquals("playbooks/start.yaml", start.get("implementation").getAsString());
        assertEquals(8080, start.getAsJsonObject("inputs").get("port").getAsInt());
        assertEquals("eu-west", start.getAsJsonObject("inputs").get("region").getAsString());
        assertEquals(0, start.getAsJsonArray("unresolved").size());
        assertEquals("no-op", steps.get(0).get("kind").getAsString());
    }

    @Test
    void instancesThatLeaveAreStoppedAndDeletedInReverseOrderBeforeTheNewEpochsAreDeployed() {
        Path before = instances(SEED, 3);
        Path after = instances(OTHER_SEED, 4);
        Run plan = run("plan", after.toString(), "--from", before.toString(), "--format", "json");
        assertEquals(0, plan.exit(), plan.toString());
        List<JsonObject> steps = steps(plan);
        List<String> lines = steps.stream().map(PlanCommandTest::line).toList();
        assertFalse(lines.isEmpty());
        int firstCreate = lines.indexOf(lines.stream().filter(l -> l.endsWith("Standard.create")).findFirst().orElseThrow());
        List<String> undeploy = lines.subList(0, firstCreate);
        assertFalse(undeploy.isEmpty(), "a new seed moves some instances to other operators");
        for (int i = 0; i < undeploy.size(); i += 2) {
            String instance = undeploy.get(i).split(" ")[0];
            assertEquals(List.of(instance + " Standard.stop", instance + " Standard.delete"), undeploy.subList(i, i + 2));
        }
        assertEquals(undeploy.size() / 2 * 3, lines.size() - firstCreate, "each moved instance is deployed again by its new operator");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("validator ") || l.startsWith("shards ") || l.startsWith("alice ")),
                "what stays is not touched");
        JsonArray none = new JsonArray();
        assertEquals(none, JsonParser.parseString(run("plan", after.toString(), "--from", after.toString(), "--format", "json").out())
                .getAsJsonObject().getAsJsonArray("steps"), "no change, no step");
    }

    @Test
    void theTableIsForPeople() {
        Run plan = run("plan", sharding(), "--seed", SEED, "--operator", "alice");
        assertEquals(0, plan.exit(), plan.toString());
        assertTrue(plan.out().startsWith("#"), plan.out());
        assertTrue(plan.out().contains("Standard.create") && plan.out().contains("(no-op)"), plan.out());
        assertTrue(plan.out().strip().endsWith("wait"), plan.out());
    }
}
