package org.diac.cli.chain;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac history NAME}: every publish, proposal, vote, approval, adoption and rejection, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = {
        "The history of document NAME on chain, oldest first: version, kind (publish, propose, vote, approve, "
                + "adopt, reject), transaction timestamp, submitter (MSPID:subject), transaction id.",
        "--format json: a JSON array of {version, tx_id, timestamp, submitter, kind, proposal_id, detail}.",
        "Exit: 0 listed, 1 unknown document, 3 network not reachable."})
public class HistoryCommand implements Callable<Integer> {

    public enum Format {
        text, json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(index = "0", paramLabel = "NAME", description = "the document's name on chain")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return ledger.run("history", spec.commandLine().getErr(), l -> {
            List<HistoryEntry> entries = l.history(name);
            out.println(format == Format.json ? json(entries) : text(entries));
            out.flush();
            return LedgerOptions.OK;
        });
    }

    static String json(List<HistoryEntry> entries) {
        JsonArray array = new JsonArray();
        for (HistoryEntry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("version", e.version());
            o.addProperty("tx_id", e.txId());
            o.addProperty("timestamp", e.timestamp());
            o.addProperty("submitter", e.submitter());
            o.addProperty("kind", e.kind());
            o.addProperty("proposal_id", e.proposalId() == null || e.proposalId().isEmpty() ? null : e.proposalId());
            o.addProperty("detail", e.detail() == null || e.detail().isEmpty() ? null : e.detail());
            array.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(array);
    }

    static String text(List<HistoryEntry> entries) {
        StringBuilder b = new StringBuilder(String.format("%-7s  %-7s  %-30s  %-50s  %s", "version", "kind",
                "timestamp", "submitter", "tx"));
        for (HistoryEntry e : entries) {
            b.append(String.format("%n%-7d  %-7s  %-30s  %-50s  %s", e.version(), e.kind(), e.timestamp(),
                    e.submitter(), e.txId()));
            if (e.detail() != null && !e.detail().isEmpty()) {
                b.append("  ").append(e.detail());
            }
        }
        return b.toString();
    }
}
