package org.diac.cli.chain;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac proposals NAME}: the proposals on a document. */
@Command(name = "proposals", mixinStandardHelpOptions = true, description = {
        "List the proposals on document NAME: id, status, base version, modules, what they need, deadlines.",
        "Exit: 0 listed, 1 unknown document, 3 network not reachable."})
public class ProposalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "NAME", description = "the document's name on chain")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return ledger.run("proposals", spec.commandLine().getErr(), l -> {
            List<ProposalRecord> all = l.proposals(name);
            if (all.isEmpty()) {
                out.println("no proposals on " + name);
            }
            for (ProposalRecord p : all) {
                out.printf("%s  %-8s  version %d  modules %s  needs %s  by %s  voting ends %s  adoptable %s%n", p.id(),
                        p.status(), p.baseVersion(), String.join(",", p.modules()), String.join("+", p.requires()),
                        p.proposer(), p.votingEnds(), p.adoptableAt());
            }
            out.flush();
            return LedgerOptions.OK;
        });
    }
}
