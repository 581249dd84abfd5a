package org.diac.cli.mapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkException;
import org.diac.chain.network.OperatorIdentity;
import org.diac.cli.chain.LedgerOptions;

/** {@code diac bench mapper --chain}: the network set-up and the table around {@link MapperChainBenchmark}. */
final class MapperChainCommand {

    /** The operator who signs: an identity {@code diac network up} issues. */
    static final String SIGNER = "alice";

    private MapperChainCommand() {
    }

    static int run(List<Integer> workers, int shards, int operators, int runs, Path home, PrintWriter out, PrintWriter err) {
        try {
            List<OperatorIdentity> identities = OperatorIdentity.parseList(OperatorIdentity.EXAMPLES);
            LocalFabricNetwork network = LocalFabricNetwork.fromEnvironment(home, line -> progress(err, line));
            if (!network.status().allRunning()) {
                progress(err, "starting the local network (./diac network down stops it)");
                network.up(identities);
            }
            OperatorIdentity signer = identities.stream().filter(i -> i.name().equals(SIGNER)).findFirst().orElseThrow();
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("type", "X.509");
            identity.put("msp_id", signer.org().substring(0, 1).toUpperCase(Locale.ROOT) + signer.org().substring(1) + "MSP");
            identity.put("subject", signer.subject());
            List<MapperChainBenchmark.Result> results = new ArrayList<>();
            try (DiacLedger l = DiacLedger.builder().profile(network.connectionProfileFile()).identity(SIGNER).connect()) {
                MapperChainBenchmark bench = new MapperChainBenchmark(l, SIGNER, identity, line -> progress(err, line));
                String prefix = "bench-mapper-" + Long.toString(System.currentTimeMillis(), 36);
                for (int w : workers) {
                    results.add(bench.run(prefix + "-" + w, w, shards, operators, runs));
                }
            }
            err.print("\r\033[K");
            err.flush();
            out.println();
            out.println("on the local network (proposeEpoch: every endorsing peer verifies the VRF proof and recomputes "
                    + "the allocation; " + runs + " epochs after one warm-up)");
            out.printf("%8s %7s %10s %14s %16s %13s %20s%n", "workers", "shards", "operators", "in-process ms",
                    "endorse ms (med)", "endorse min", "endorse+commit (med)");
            for (MapperChainBenchmark.Result r : results) {
                out.printf(Locale.ROOT, "%8d %7d %10d %14.1f %16.1f %13.1f %20.1f%n", r.workers(), r.shards(),
                        r.operators(), r.inProcessMs(), median(r.endorseMs()), Collections.min(r.endorseMs()),
                        median(r.totalMs()));
            }
            out.flush();
            return LedgerOptions.OK;
        } catch (ChainException e) {
            return LedgerOptions.fail("bench mapper", e, err);
        } catch (NetworkException e) {
            err.println("diac bench mapper: " + e.getMessage());
            return LedgerOptions.NO_NETWORK;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void progress(PrintWriter err, String line) {
        err.print("\r\033[Kbench mapper: " + line);
        err.flush();
    }
}
