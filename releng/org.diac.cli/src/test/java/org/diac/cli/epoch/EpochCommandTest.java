package org.diac.cli.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diac.chain.client.EpochRecord;
import org.diac.cli.Diac;
import org.diac.cli.chain.LedgerOptions;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The epoch and agent commands' behaviour that needs no network: usage, key files, a missing network, the table. */
class EpochCommandTest {

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
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void aKeyFileWithoutAKeyIsWrongUsageBeforeAnyNetwork() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.key"), "not a key");
        Run r = run("epoch", "propose", "net", "--key", bad.toString(), "--profile", dir.resolve("none.json").toString());
        assertEquals(LedgerOptions.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("does not hold a P-256 secret key"), r.err());
        assertEquals(LedgerOptions.USAGE, run("epoch", "register", "net", "alice", "--key",
                dir.resolve("missing.key").toString()).exit());
    }

    @Test
    void noNetworkIsExitThree() throws Exception {
        Path key = Files.writeString(dir.resolve("k"), "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
        String none = dir.resolve("none.json").toString();
        assertEquals(LedgerOptions.NO_NETWORK, run("epoch", "propose", "net", "--key", key.toString(), "--profile", none)
                .exit());
        assertEquals(LedgerOptions.NO_NETWORK, run("epoch", "show", "net", "1", "--profile", none).exit());
        assertEquals(LedgerOptions.NO_NETWORK, run("agent", "--document", "net", "--once", "--profile", none).exit());
        assertEquals(LedgerOptions.NO_NETWORK, run("epoch", "instances", "net", "--profile", none).exit());
    }

    @Test
    void anUnknownDriverIsWrongUsage() {
        Run r = run("agent", "--document", "net", "--driver", "azure");
        assertEquals(LedgerOptions.USAGE, r.exit());
        assertTrue(r.err().contains("'local', 'ssh', 'ansible' and 'aws' are"), r.err());
    }

    @Test
    void theTableListsEveryInstanceAndWorkersPerOperator() {
        Allocation a = new Allocation(2, "00", java.util.List.of(new Assignment("shard1-1", "shard1", "alice", "worker"),
                new Assignment("shard2-1", "shard2", "bob", "worker")));
        String table = EpochTable.of(new EpochRecord("net", 2, 1, "bob", "aa", "bb", "cc",
                new com.google.gson.Gson().toJson(a), "dd", "", "tx", "now"));
        assertTrue(table.contains("epoch 2 of net"), table);
        assertTrue(table.contains("shard2-1  shard2      bob"), table);
        assertTrue(table.contains("alice      1"), table);
    }
}
