package org.diac.cli.chain;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VoteRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac vote ID yes|no}: a stake-weighted vote of the signing operator. */
@Command(name = "vote", mixinStandardHelpOptions = true, description = {
        "Vote yes or no on a proposal, weighted by the signing operator's stake, within the voting period.",
        "Exit: 0 voted, 1 refused (not an operator, double vote, voting closed, ...), 3 network not reachable, "
                + "4 transaction failed."})
public class VoteCommand implements Callable<Integer> {

    public enum Choice {
        yes, no
    }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "ID", description = "the proposal's id (printed by propose, listed by proposals)")
    String id;

    @Parameters(index = "1", paramLabel = "yes|no", description = "the vote")
    Choice choice;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return ledger.run("vote", err, l -> {
            print(spec.commandLine().getOut(), l.vote(id, choice == Choice.yes));
            return LedgerOptions.OK;
        });
    }

    static void print(PrintWriter out, Submitted<VoteRecord> v) {
        VoteRecord r = v.value();
        out.printf("%s %s proposal %s%s (tx %s, block %d)%n", r.voter(),
                r.choice().equals("approve") ? "approved" : "voted " + r.choice() + " on", r.proposalId(),
                r.stake() == null || r.stake().isEmpty() ? "" : " with stake " + r.stake(), v.txId(), v.block());
        out.flush();
    }
}
