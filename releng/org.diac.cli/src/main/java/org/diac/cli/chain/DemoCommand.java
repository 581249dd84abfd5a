package org.diac.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.chain.client.VoteRecord;
import org.diac.chain.network.DiacPaths;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkException;
import org.diac.chain.network.OperatorIdentity;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diac demo}: the whole flow on {@code examples/sharding-network.diac} against the local network: up,
 * validate, publish, export, propose, vote, adopt, history. The example's governance counts in blocks of 5 s (a
 * voting period of 720 blocks = 1 h, a time-lock of 120 blocks = 10 min), so the demo publishes it with
 * {@code block_interval} 1 s, a voting period of 12 blocks and a time-lock of 2 (as the client's integration test
 * does) and says so; quorum (40 % of the stake) and approval (60 %) stay as written.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Runs the whole flow on examples/sharding-network.diac: starts the local Fabric network (./diac network up), "
                + "validates, publishes, exports, proposes a change, votes on it as three operators, adopts it "
                + "after the time-lock and prints the history. The network keeps running (./diac network down).",
        "Exit: 0 done, 1 a step failed (the message says which)."})
public class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "examples/sharding-network.diac";
    static final String NAME = "sharding-network";
    /** The voters: alice + bob hold 890 of 2260 stake, below the 40 % quorum; carol brings it to 55 %. */
    static final List<String> VOTERS = List.of("alice", "bob", "carol");

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", description = "state folder (default: ${DIAC_HOME:-<repo>/.diac})")
    Path home;

    private PrintWriter out;
    private long t0;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        t0 = System.nanoTime();
        String step = "network up";
        try {
            DiacPaths paths = DiacPaths.resolve(home);
            Path repo = paths.repoRoot().orElseThrow(() -> new NetworkException(
                    "cannot find the repository (examples/); run ./diac demo from the DiaC clone"));
            say("1/8 network up (two organizations, Raft orderer, channel diac, chaincode diac; operators "
                    + "alice..frank issued from the organizations' CAs)");
            LocalFabricNetwork network = LocalFabricNetwork.fromEnvironment(home, line -> say("   " + line));
            network.up(OperatorIdentity.parseList(OperatorIdentity.EXAMPLES));
            Path profile = network.connectionProfileFile();
            if (!Files.isRegularFile(profile)) {
                throw new NetworkException("no connection profile at " + profile);
            }

            step = "validate";
            String example = Files.readString(repo.resolve(EXAMPLE), StandardCharsets.UTF_8);
            String v1 = demoTiming(example);
            Path demoDir = paths.networkDir().resolveSibling("demo");
            Files.createDirectories(demoDir);
            Path v1File = demoDir.resolve("sharding-network.diac");
            Files.writeString(v1File, v1, StandardCharsets.UTF_8);
            say("2/8 validate " + EXAMPLE + " with demo timing (block_interval 5 s -> 1 s, voting_period 720 -> 12 "
                    + "blocks, timelock 120 -> 2 blocks; quorum 0.4 and approval 0.6 as written): " + v1File);
            if (!valid(v1File, err)) {
                return fail(step, "the document has errors; nothing was sent to the chain", err);
            }

            try (DiacLedger alice = ledger(profile, "alice")) {
                String name = NAME;
                step = "publish";
                if (exists(alice, NAME)) {
                    name = NAME + "-" + Instant.now().getEpochSecond();
                    say("   " + NAME + " is already on chain (an earlier demo); this run publishes it as " + name);
                }
                Submitted<VersionRecord> pub = alice.publish(name, v1);
                say(String.format("3/8 publish as alice: %s version %d (tx %s, block %d)", name,
                        pub.value().version(), pub.txId(), pub.block()));

                step = "export";
                String exported = alice.export(name, 0, DiacLedger.Format.YAML, false);
                boolean same = tree(exported).equals(tree(v1)) && String.valueOf(tree(exported)).equals(
                        String.valueOf(tree(v1)));
                say("4/8 export " + name + ": " + exported.length() + " characters, "
                        + (same ? "the same document (tree and key order) as published" : "DIFFERENT from what was published"));
                if (!same) {
                    return fail(step, "the export differs from the published document", err);
                }

                step = "propose";
                String v2 = v1.replace("default: 5000", "default: 4000");
                Path v2File = demoDir.resolve("sharding-network-v2.diac");
                Files.writeString(v2File, v2, StandardCharsets.UTF_8);
                if (v2.equals(v1) || !valid(v2File, err)) {
                    return fail(step, "cannot build the proposed change (max_operators 5000 -> 4000) from " + EXAMPLE,
                            err);
                }
                ProposalRecord p = alice.propose(name, v2).value();
                say(String.format("5/8 propose as alice: max_operators default 5000 -> 4000 (%s); proposal %s changes %s,"
                        + " needs %s; voting ends %s, adoptable from %s", v2File, p.id(), String.join(", ",
                        p.modules()), String.join(" and ", p.requires()), p.votingEnds(), p.adoptableAt()));

                step = "vote";
                say("6/8 vote yes as " + String.join(", ", VOTERS) + " (stakes 480 + 410 + 350 of 2260: quorum 0.4 "
                        + "needs 904, so two operators are not enough here)");
                for (String voter : VOTERS) {
                    try (DiacLedger l = voter.equals("alice") ? null : ledger(profile, voter)) {
                        Submitted<VoteRecord> v = (l == null ? alice : l).vote(p.id(), true);
                        say(String.format("   %s voted yes (tx %s, block %d)", voter, v.txId(), v.block()));
                    }
                }

                step = "adopt";
                Instant adoptable = Instant.parse(p.adoptableAt()).plusMillis(300);
                long wait = Duration.between(Instant.now(), adoptable).toMillis();
                if (wait > 0) {
                    say(String.format("7/8 waiting %.1f s for the voting period and time-lock to pass (until %s, "
                            + "measured on transaction timestamps)", wait / 1000.0, p.adoptableAt()));
                    Thread.sleep(wait);
                } else {
                    say("7/8 voting period and time-lock have passed");
                }
                Submitted<ProposalRecord> adopted = alice.adopt(p.id());
                if (!"adopted".equals(adopted.value().status())) {
                    return fail(step, "proposal " + p.id() + " is " + adopted.value().status() + ", not adopted", err);
                }
                String now = alice.export(name, 0, DiacLedger.Format.YAML, false);
                boolean isV2 = tree(now).equals(tree(v2));
                say(String.format("   adopted (tx %s, block %d); the latest export %s the proposed document; "
                        + "version 1 stays readable (--version 1)", adopted.txId(), adopted.block(),
                        isV2 ? "is" : "is NOT"));
                if (!isV2) {
                    return fail(step, "the adopted version differs from the proposal", err);
                }

                step = "history";
                say("8/8 history of " + name + ":");
                out.println(HistoryCommand.text(alice.history(name)));
                say(String.format("demo done in %.1f s. The network keeps running: try ./diac export %s, "
                        + "./diac history %s; stop it with ./diac network down", (System.nanoTime() - t0) / 1e9,
                        name, name));
            }
            return LedgerOptions.OK;
        } catch (ChainException e) {
            String hint = "publish".equals(step) && e.getMessage() != null && e.getMessage().contains("diac")
                    && e.reason() == ChainException.Reason.NOT_FOUND ? " (is chaincode diac deployed? build it with "
                    + "releng/scripts/mvn -B -pl org.diac.chain/org.diac.chain.contract -am package, then ./diac "
                    + "network up)" : "";
            return fail(step, e.getMessage() + hint, err);
        } catch (NetworkException e) {
            return fail(step, e.getMessage(), err);
        } catch (IOException e) {
            return fail(step, e.toString(), err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(step, "interrupted", err);
        }
    }

    /** The example with short blocks so a vote and its time-lock take seconds, not an hour. */
    static String demoTiming(String example) {
        return example.replace("default: 5 s", "default: 1 s")
                .replace("voting_period: 720", "voting_period: 12")
                .replace("timelock: 120", "timelock: 2");
    }

    private boolean valid(Path file, PrintWriter err) {
        ValidatedDocument doc = ValidatedDocument.of("demo", file, err);
        if (doc == null) {
            return false;
        }
        doc.report("demo", out, err);
        return !doc.hasErrors();
    }

    private static boolean exists(DiacLedger l, String name) {
        try {
            return !l.versions(name).isEmpty();
        } catch (ChainException e) {
            if (e.reason() == ChainException.Reason.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private static DiacLedger ledger(Path profile, String identity) {
        return DiacLedger.builder().profile(profile).identity(identity).connect();
    }

    private static Object tree(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private void say(String line) {
        out.printf("[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, line);
        out.flush();
    }

    private int fail(String step, String message, PrintWriter err) {
        out.flush();
        err.println("diac demo: " + step + " failed: " + message);
        err.println("diac demo: the network is left as it is; ./diac network status shows it, ./diac network down "
                + "stops it");
        err.flush();
        return LedgerOptions.REFUSED;
    }
}
