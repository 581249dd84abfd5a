package org.diac.cli.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diac.chain.client.HistoryEntry;
import org.diac.cli.Diac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The chain commands' behaviour that needs no network: validation first, usage, a missing network, JSON shape. */
class ChainCommandsTest {

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

    @Test
    void aDocumentWithErrorsIsNeverSent() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.diac"), "tosca_definitions_version: tosca_simple_yaml_1_3\n"
                + "metadata: { template_name: bad }\ntopology_template:\n  node_templates:\n    a: { type: NoSuchType }\n");
        // the profile does not exist either: validation comes first, so the answer is the diagnostics
        Run r = run("publish", "--profile", dir.resolve("none.json").toString(), bad.toString());
        assertEquals(LedgerOptions.REFUSED, r.exit(), r.toString());
        assertTrue(r.out().contains("TOSCA-UNKNOWN-TYPE"), r.out());
        assertTrue(r.err().contains("nothing was sent to the chain"), r.err());
    }

    @Test
    void noNetworkSaysHowToStartOne() throws Exception {
        Path good = Path.of(System.getProperty("diac.repo", "../.."), "examples", "sharding-network.diac");
        Run r = run("publish", "--profile", dir.resolve("none.json").toString(), good.toString());
        assertEquals(LedgerOptions.NO_NETWORK, r.exit(), r.toString());
        assertTrue(r.err().contains("./diac network up"), r.err());
        assertEquals(LedgerOptions.NO_NETWORK, run("history", "--profile", dir.resolve("none.json").toString(), "x").exit());
    }

    @Test
    void exportTellsAFileFromANameOnChain() throws Exception {
        Path good = Path.of(System.getProperty("diac.repo", "../.."), "examples", "tee-network.diac");
        Run file = run("export", good.toString());
        assertEquals(0, file.exit(), file.toString());
        assertTrue(file.out().contains("template_name: tee-network"), file.out());
        assertEquals(LedgerOptions.USAGE, run("export", "--resolve", good.toString()).exit());
        Run name = run("export", "--profile", dir.resolve("none.json").toString(), "tee-network");
        assertEquals(LedgerOptions.NO_NETWORK, name.exit(), name.toString());
        assertEquals(LedgerOptions.NO_NETWORK, run("export", "--from-chain", "--profile",
                dir.resolve("none.json").toString(), good.toString()).exit());
    }

    @Test
    void historyAsJsonHasTheIssuesFields() {
        String json = HistoryCommand.json(List.of(new HistoryEntry("n", 2, "tx1", "2026-12-01T00:00:00Z",
                "Org1MSP:CN=a", "adopt", "p1", "")));
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(json).getAsJsonArray().get(0)
                .getAsJsonObject();
        assertEquals(2, o.get("version").getAsLong());
        assertEquals(List.of("tx1", "2026-12-01T00:00:00Z", "Org1MSP:CN=a", "adopt", "p1"), List.of(
                o.get("tx_id").getAsString(), o.get("timestamp").getAsString(), o.get("submitter").getAsString(),
                o.get("kind").getAsString(), o.get("proposal_id").getAsString()));
    }
}
