package org.diac.cli.mapper;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.DecentralizationCheck;
import org.diac.mapper.allocation.DecentralizationPolicy;
import org.diac.mapper.allocation.GroupSpec;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Operator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diac bench mapper}: time to allocate W workers into S shards and re-check the result (issue 11's goal:
 * 5,000 workers into 20 shards in at most 200 ms). A table, never a timed unit test.
 */
@Command(name = "mapper", mixinStandardHelpOptions = true,
        description = "Time the mapper: allocate workers into shards and re-check the Decentralization policy.")
public class MapperBenchmark implements Callable<Integer> {

    @Option(names = "--workers", split = ",", defaultValue = "1000,5000,20000", description = "worker counts (default: ${DEFAULT-VALUE})")
    List<Integer> workers;

    @Option(names = "--shards", defaultValue = "20", description = "groups (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--operators", defaultValue = "500", description = "operators (default: ${DEFAULT-VALUE})")
    int operators;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs after two warm-ups; the best is reported")
    int runs;

    @Option(names = "--chain", description = "also on the local Fabric network (started if it is not running): "
            + "publish a document of each size and time the endorsement of proposeEpoch, where every peer verifies "
            + "the VRF proof and recomputes the allocation")
    boolean chain;

    @Option(names = "--chain-runs", defaultValue = "5", description = "measured epochs per size on chain after one "
            + "warm-up (default: ${DEFAULT-VALUE})")
    int chainRuns;

    @Option(names = "--home", paramLabel = "DIR", description = "state folder of the local network (default: "
            + "${DIAC_HOME:-<repo>/.diac})")
    java.nio.file.Path home;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws NoSuchAlgorithmException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("in process (best of " + runs + " after two warm-ups)");
        out.printf("%8s %7s %10s %12s %12s%n", "workers", "shards", "operators", "allocate ms", "re-check ms");
        for (int w : workers) {
            AllocationRequest request = request(w);
            long bestAllocate = Long.MAX_VALUE;
            long bestCheck = Long.MAX_VALUE;
            for (int run = -2; run < runs; run++) {
                long start = System.nanoTime();
                Allocation allocation = Mapper.allocate(request);
                long allocated = System.nanoTime();
                DecentralizationCheck.check(request, allocation, new DecentralizationPolicy(null, null, null, true));
                long checked = System.nanoTime();
                if (run >= 0) {
                    bestAllocate = Math.min(bestAllocate, allocated - start);
                    bestCheck = Math.min(bestCheck, checked - allocated);
                }
            }
            out.printf("%8d %7d %10d %12.1f %12.1f%n", w, shards, operators, bestAllocate / 1e6, bestCheck / 1e6);
        }
        out.flush();
        return chain ? MapperChainCommand.run(workers, shards, operators, chainRuns, home, out, spec.commandLine().getErr()) : 0;
    }

    /** Operators whose stakes buy about 20 % more slots than workers, so the apportionment step runs too. */
    private AllocationRequest request(int w) throws NoSuchAlgorithmException {
        long slotsEach = Math.max(1, (long) Math.ceil(1.2 * w / operators));
        List<Operator> list = new ArrayList<>();
        for (int k = 0; k < operators; k++) {
            list.add(Operator.of(String.format("operator-%05d", k), 100 * (slotsEach + k % 3), "c" + k % 6, k % 4 == 0));
        }
        byte[] seed = MessageDigest.getInstance("SHA-256").digest(new byte[] { 1 });
        int members = (w + shards - 1) / shards;
        return new AllocationRequest(list, BigInteger.valueOf(100), List.of(new GroupSpec("shards", "shard{index}", shards, members)),
                "worker", w, seed, 1);
    }
}
