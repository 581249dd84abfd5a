package org.diac.cli.chain;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac adopt ID}: applies a proposal that passed, or records its rejection. */
@Command(name = "adopt", mixinStandardHelpOptions = true, description = {
        "Adopt a proposal: after the voting period and the time-lock (governance) or k approvals (multisig), the "
                + "proposed version becomes the latest, atomically; a proposal that failed its vote is rejected.",
        "Exit: 0 adopted or rejected, 1 refused (too early, closed, ...), 3 network not reachable, 4 transaction failed."})
public class AdoptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "ID", description = "the proposal's id")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return ledger.run("adopt", spec.commandLine().getErr(), l -> {
            Submitted<ProposalRecord> p = l.adopt(id);
            out.printf("proposal %s on %s: %s (tx %s, block %d)%n", id, p.value().name(), p.value().status(), p.txId(),
                    p.block());
            out.flush();
            return LedgerOptions.OK;
        });
    }
}
