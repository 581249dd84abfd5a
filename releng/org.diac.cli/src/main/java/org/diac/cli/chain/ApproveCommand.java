package org.diac.cli.chain;

import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac approve ID}: a multisig approval by the signing operator. */
@Command(name = "approve", mixinStandardHelpOptions = true, description = {
        "Approve a proposal that needs multisig approvals (k of the listed signers, each its own transaction).",
        "Exit: 0 approved, 1 refused (not a signer, already approved, ...), 3 network not reachable, "
                + "4 transaction failed."})
public class ApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Parameters(index = "0", paramLabel = "ID", description = "the proposal's id")
    String id;

    @Override
    public Integer call() {
        return ledger.run("approve", spec.commandLine().getErr(), l -> {
            VoteCommand.print(spec.commandLine().getOut(), l.approve(id));
            return LedgerOptions.OK;
        });
    }
}
