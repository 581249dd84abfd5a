package org.diac.cli.chain;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac propose NAME FILE}: validate, then propose the file as the next version of NAME. */
@Command(name = "propose", mixinStandardHelpOptions = true, description = {
        "Validate a document and propose it as the next version of document NAME on chain; prints the proposal's "
                + "id (for vote, approve, adopt), what it needs (governance vote or multisig approvals) and its deadlines.",
        "Exit: 0 proposed, 1 validation errors or refused, 2 wrong usage, 3 network not reachable, 4 transaction failed."})
public class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "NAME", description = "the document's name on chain")
    String name;

    @Parameters(index = "1", paramLabel = "FILE", description = "the proposed new version (with --module: the module's "
            + "new content in the document's shape)")
    Path file;

    @Option(names = "--module", paramLabel = "MODULE", description = "propose a patch of one module (core, identity, "
            + "artifacts, topology, templates, mapper, security, governance): FILE replaces that module of the latest "
            + "version; the chaincode re-checks the patched document")
    String module;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (module != null) {
            return proposePatch(out, err);
        }
        ValidatedDocument doc = ValidatedDocument.of("propose", file, err);
        if (doc == null) {
            return LedgerOptions.USAGE;
        }
        doc.report("propose", out, err);
        if (doc.hasErrors()) {
            return LedgerOptions.REFUSED;
        }
        return ledger.run("propose", err, l -> {
            print(out, l.propose(name, doc.text()));
            return LedgerOptions.OK;
        });
    }

    /**
     * A fragment is no document the language can validate on its own; the chaincode builds the patched document and
     * re-checks it (policies, permissions), and refuses a patch that reaches into other modules.
     */
    private int proposePatch(PrintWriter out, PrintWriter err) {
        String fragment;
        try {
            fragment = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            err.println("diac propose: cannot read " + file + ": " + e.getMessage());
            return LedgerOptions.USAGE;
        }
        return ledger.run("propose", err, l -> {
            print(out, l.proposePatch(name, module, fragment));
            return LedgerOptions.OK;
        });
    }

    private void print(PrintWriter out, Submitted<ProposalRecord> p) {
        out.printf("proposal %s on %s version %d: changes %s; needs %s; voting ends %s; adoptable from %s "
                + "(tx %s, block %d)%n", p.value().id(), name, p.value().baseVersion(),
                String.join(", ", p.value().modules()), String.join(" and ", p.value().requires()),
                p.value().votingEnds(), p.value().adoptableAt(), p.txId(), p.block());
        out.flush();
    }
}
