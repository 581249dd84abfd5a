package org.diac.cli.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.diac.cli.Diac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** {@code diac vrf ...} exit codes and {@code diac map} output, run in this process. */
class MapperCommandsTest {

    private static final String SEED = "a3ad7b0ef73d8fc6655053ea22f9bede8c743f08bbed3d38821f0e16474b505e";

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

    private static Path example(String name) {
        return Path.of(System.getProperty("diac.repo", "../.."), "examples", name);
    }

    /** keygen --out, then prove: the public key, pi and beta. */
    private String[] keyProofAndBeta(String alpha) {
        Path key = dir.resolve("vrf.key");
        Run keygen = run("vrf", "keygen", "--out", key.toString());
        assertEquals(0, keygen.exit(), keygen.toString());
        Run prove = run("vrf", "prove", "--key", key.toString(), "--alpha", alpha);
        assertEquals(0, prove.exit(), prove.toString());
        String[] lines = prove.out().strip().split("\n");
        assertTrue(lines[0].startsWith("pi ") && lines[1].startsWith("beta "), prove.out());
        return new String[] { keygen.out().strip(), lines[0].substring(3), lines[1].substring(5) };
    }

    @Test
    void verifyPrintsBetaAndExitsZeroForAValidProof() {
        String[] kpb = keyProofAndBeta("73616d706c65");
        assertEquals(66, kpb[0].length());
        assertEquals(162, kpb[1].length());
        Run verify = run("vrf", "verify", "--public-key", kpb[0], "--alpha", "73616d706c65", "--proof", kpb[1]);
        assertEquals(0, verify.exit(), verify.toString());
        assertEquals(kpb[2], verify.out().strip());
        assertEquals(64, kpb[2].length());
    }

    @Test
    void verifyExitsOneWithTheReasonForAForgedOrReplayedProof() {
        String[] kpb = keyProofAndBeta("01");
        // replayed: the proof of epoch alpha 01 offered for alpha 02
        Run replayed = run("vrf", "verify", "--public-key", kpb[0], "--alpha", "02", "--proof", kpb[1]);
        assertEquals(1, replayed.exit(), replayed.toString());
        assertTrue(replayed.err().contains("invalid proof"), replayed.err());
        assertEquals("", replayed.out());
        char last = kpb[1].charAt(161);
        String forged = kpb[1].substring(0, 161) + (last == '0' ? '1' : '0');
        assertEquals(1, run("vrf", "verify", "--public-key", kpb[0], "--alpha", "01", "--proof", forged).exit());
        Run shortProof = run("vrf", "verify", "--public-key", kpb[0], "--alpha", "01", "--proof", kpb[1].substring(0, 160));
        assertEquals(1, shortProof.exit());
        assertTrue(shortProof.err().contains("80 bytes"), shortProof.err());
    }

    @Test
    void verifyWithArgumentsThatAreNotHexIsWrongUsage() {
        assertEquals(2, run("vrf", "verify", "--public-key", "zz", "--alpha", "01", "--proof", "00").exit());
        assertEquals(2, run("vrf", "verify", "--alpha", "01", "--proof", "00").exit());
    }

    @Test
    void keygenNeverOverwritesASecretKey() throws Exception {
        Path key = Files.writeString(dir.resolve("existing.key"), "keep me\n");
        assertEquals(2, run("vrf", "keygen", "--out", key.toString()).exit());
        assertEquals("keep me\n", Files.readString(key));
    }

    @Test
    void mapPrintsTheIssuesJsonShapeForTheShardingExample() {
        Run map = run("map", example("sharding-network.diac").toString(), "--seed", SEED, "--epoch", "3", "--format", "json");
        assertEquals(0, map.exit(), map.toString());
        JsonObject json = JsonParser.parseString(map.out()).getAsJsonObject();
        assertEquals(Set.of("epoch", "seed", "assignments"), json.keySet());
        assertEquals(3, json.get("epoch").getAsLong());
        assertEquals(SEED, json.get("seed").getAsString());
        JsonArray assignments = json.getAsJsonArray("assignments");
        assertEquals(20, assignments.size());
        Map<String, Integer> perOperator = new HashMap<>();
        for (JsonElement element : assignments) {
            JsonObject a = element.getAsJsonObject();
            assertEquals(Set.of("instance", "group", "operator", "template"), a.keySet());
            assertTrue(a.get("instance").getAsString().matches("shard[1-4]-[1-5]"), a.toString());
            assertTrue(a.get("instance").getAsString().startsWith(a.get("group").getAsString() + "-"), a.toString());
            assertEquals("worker", a.get("template").getAsString());
            perOperator.merge(a.get("operator").getAsString(), 1, Integer::sum);
        }
        // floor(stake / 100): 480 410 350 300 330 390
        assertEquals(Map.of("alice", 4, "bob", 4, "carol", 3, "dave", 3, "erin", 3, "frank", 3), perOperator);
        assertEquals(map.out(), run("map", example("sharding-network.diac").toString(), "--seed", SEED, "--epoch", "3",
                "--format", "json").out(), "the same seed and epoch give the same allocation");
    }

    @Test
    void mapRefusesADocumentWithErrorsNamingFileLineAndRule() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.diac"), "tosca_definitions_version: tosca_simple_yaml_1_3\n"
                + "topology_template:\n  node_templates:\n    a: { type: NoSuchType }\n");
        Run map = run("map", bad.toString(), "--seed", SEED);
        assertEquals(1, map.exit(), map.toString());
        assertTrue(map.err().contains("bad.diac:4:") && map.err().contains("TOSCA-UNKNOWN-TYPE"), map.err());
        assertEquals("", map.out());
    }

    @Test
    void mapWithASeedThatIsNot32BytesIsWrongUsage() {
        assertEquals(2, run("map", example("sharding-network.diac").toString(), "--seed", "abcd").exit());
    }

    @Test
    void mapAsATableListsEveryInstance() {
        Run map = run("map", example("sharding-network.diac").toString(), "--seed", SEED);
        assertEquals(0, map.exit(), map.toString());
        assertTrue(map.out().contains("shard4-5"), map.out());
        assertTrue(map.out().contains("20 of 20 worker instances allocated over 4 groups"), map.out());
    }
}
