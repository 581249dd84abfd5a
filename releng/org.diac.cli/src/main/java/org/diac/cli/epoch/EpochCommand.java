package org.diac.cli.epoch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bouncycastle.util.encoders.Hex;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.EpochTurn;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VrfKeyRecord;
import org.diac.cli.chain.LedgerOptions;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac epoch register | next | propose | show}: the mapper module's epochs on chain (issue 11 item 2). */
@Command(name = "epoch", mixinStandardHelpOptions = true, description = {
        "Epochs of the mapper module: operators register a VRF key, then take turns proving each epoch's seed; "
                + "the chaincode verifies the proof and recomputes the allocation.",
        "Exit: 0 done, 1 refused (the chaincode's reason), 2 wrong usage or unreadable key, 3 network not reachable, "
                + "4 transaction failed."},
        subcommands = {EpochCommand.Register.class, EpochCommand.Next.class, EpochCommand.Propose.class,
                EpochCommand.Show.class, EpochCommand.Instances.class})
public class EpochCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return LedgerOptions.USAGE;
    }

    static Optional<VrfSecretKey> key(Path file, String command, PrintWriter err) {
        try {
            Optional<VrfSecretKey> key = VrfKeyFile.read(file);
            if (key.isEmpty()) {
                err.println("diac epoch " + command + ": " + file + " does not hold a P-256 secret key (64 hex digits, "
                        + "from `diac vrf keygen --out FILE`)");
            }
            return key;
        } catch (IOException e) {
            err.println("diac epoch " + command + ": cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code diac epoch register NAME OPERATOR --key FILE}. */
    @Command(name = "register", mixinStandardHelpOptions = true, description = "The signer, operator OPERATOR, "
            + "registers the public key of the VRF secret key in FILE for document NAME (once per operator).")
    static class Register implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LedgerOptions ledger;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "OPERATOR")
        String operator;
        @Option(names = "--key", required = true, paramLabel = "FILE", description = "the VRF secret key file")
        Path keyFile;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<VrfSecretKey> key = key(keyFile, "register", err);
            if (key.isEmpty()) {
                return LedgerOptions.USAGE;
            }
            return ledger.run("epoch register", err, l -> {
                Submitted<VrfKeyRecord> k = l.registerVrfKey(name, operator, Hex.toHexString(key.get().publicKey()
                        .toBytes()));
                spec.commandLine().getOut().printf("%s registered VRF key %s (takes turns from epoch %d; tx %s)%n",
                        operator, k.value().publicKey(), k.value().registeredAfterEpoch() == 0 ? 1 : k.value().registeredAfterEpoch() + 2, k.txId());
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac epoch next NAME}. */
    @Command(name = "next", mixinStandardHelpOptions = true, description = "The next epoch of NAME: whose turn "
            + "it is and the alpha to prove.")
    static class Next implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LedgerOptions ledger;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return ledger.run("epoch next", spec.commandLine().getErr(), l -> {
                EpochTurn t = l.nextEpoch(name);
                spec.commandLine().getOut().printf("epoch %d  proposer %s  alpha %s%noperators in turn: %s%n",
                        t.epoch(), t.proposer().isEmpty() ? "(none: no VRF key registered)" : t.proposer(), t.alpha(),
                        t.candidates());
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac epoch propose NAME --key FILE}. */
    @Command(name = "propose", mixinStandardHelpOptions = true, description = "Proves the next epoch's alpha with "
            + "the VRF key in FILE and stores the epoch, if it is the signer's turn. Prints the seed and the allocation's "
            + "digest.")
    static class Propose implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LedgerOptions ledger;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--key", required = true, paramLabel = "FILE", description = "the VRF secret key file")
        Path keyFile;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<VrfSecretKey> key = key(keyFile, "propose", err);
            if (key.isEmpty()) {
                return LedgerOptions.USAGE;
            }
            return ledger.run("epoch propose", err, l -> {
                EpochTurn t = l.nextEpoch(name);
                String proof = Hex.toHexString(Ecvrf.prove(key.get(), Hex.decode(t.alpha())).toBytes());
                Submitted<EpochRecord> r = l.proposeEpoch(name, t.epoch(), t.alpha(), proof);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("epoch %d of %s stored (tx %s, block %d): proposer %s, seed %s, allocation %s of version %d%n",
                        r.value().epoch(), name, r.txId(), r.block(), r.value().proposer(), r.value().seed(),
                        r.value().allocationDigest(), r.value().documentVersion());
                if (!r.value().violations().isEmpty()) {
                    out.println("decentralization re-check: " + r.value().violations());
                }
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac epoch show NAME [N]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Epoch N of NAME (default: the latest): "
            + "proposer, alpha, proof, seed and the allocation.")
    static class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LedgerOptions ledger;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "N", defaultValue = "0", description = "the epoch (0: the latest)")
        long epoch;
        @Option(names = "--format", defaultValue = "table", description = "table or json (the epoch record)")
        String format;

        @Override
        public Integer call() {
            return ledger.run("epoch show", spec.commandLine().getErr(), l -> {
                EpochRecord r = l.epoch(name, epoch);
                PrintWriter out = spec.commandLine().getOut();
                if ("json".equals(format)) {
                    out.println(new com.google.gson.GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create()
                            .toJson(r));
                } else {
                    out.print(EpochTable.of(r));
                }
                out.flush();
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac epoch instances NAME}. */
    @Command(name = "instances", mixinStandardHelpOptions = true, description = "The last status and address each "
            + "instance's operator reported for NAME (templates module).")
    static class Instances implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LedgerOptions ledger;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return ledger.run("epoch instances", spec.commandLine().getErr(), l -> {
                PrintWriter out = spec.commandLine().getOut();
                String row = "%-12s  %-10s  %-11s  %-15s  %s%n";
                out.printf(row, "instance", "operator", "status", "ipv4", "epoch");
                for (org.diac.chain.client.InstanceStatusRecord s : l.statuses(name)) {
                    out.printf(row, s.instance(), s.operator(), s.status(), s.ipv4(), s.epoch());
                }
                out.flush();
                return LedgerOptions.OK;
            });
        }
    }
}
