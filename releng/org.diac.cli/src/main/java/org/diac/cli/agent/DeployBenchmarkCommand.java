package org.diac.cli.agent;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochTurn;
import org.diac.chain.network.DiacPaths;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkException;
import org.diac.chain.network.OperatorIdentity;
import org.diac.cli.chain.LedgerOptions;
import org.diac.cli.mapper.Documents;
import org.diac.dsl.DiacStandaloneSetup;
import org.diac.mapper.plan.Plan;
import org.diac.mapper.plan.PlanGenerator;
import org.diac.mapper.plan.PlanTopology;
import org.diac.mapper.plan.TreePlanTopology;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diac bench deploy}: the paper's Table VI, the chain's overhead on an end-to-end deployment. The same document
 * is deployed as local processes without the chain (validate and map here, every operator's share run in parallel,
 * states shared in memory: {@link LocalOrchestrator}) and with it (validate, publish, the epoch proposed and
 * recomputed on chain, every operator's agent deploying its share from its own reads of the chain and reporting each
 * state: {@link ParallelAgents}); runs alternate; medians are reported. The operators' VRF keys are registered once
 * per document before the clock starts (an operator's one-time set-up). Processes the scripts leave running and
 * record in a {@code worker.pid} file of their folder are stopped after each run.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, description = {
        "Re-measures the paper's Table VI on the local Fabric network (started if it is not running): deployment time "
                + "of a document as local processes with and without the chain, and the difference.",
        "Exit: 0 measured, 1 a deployment failed, 3 no network."})
public class DeployBenchmarkCommand implements Callable<Integer> {

    static final String DEFAULT_DOCUMENT = "examples/sharding-maven/src/main/diac/sharding-maven.diac";
    /** Who publishes and proposes; the operators run their own agents. */
    static final String PUBLISHER = "alice";

    @Spec
    CommandSpec spec;

    @Option(names = "--document", paramLabel = "FILE", description = "the document (default: " + DEFAULT_DOCUMENT
            + "); its operators must be identities of the network")
    Path document;

    @Option(names = "--artifacts", paramLabel = "DIR", description = "where its operation scripts are (default: the "
            + "document's folder)")
    Path artifacts;

    @Option(names = "--runs", defaultValue = "3", description = "deployments of each kind (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--home", paramLabel = "DIR", description = "state folder of the local network (default: "
            + "${DIAC_HOME:-<repo>/.diac})")
    Path home;

    private PrintWriter err;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        try {
            Path file = document != null ? document
                    : DiacPaths.resolve(home).repoRoot().orElse(Path.of(".")).resolve(DEFAULT_DOCUMENT);
            Path scripts = artifacts != null ? artifacts : file.toAbsolutePath().getParent();
            LocalFabricNetwork network = LocalFabricNetwork.fromEnvironment(home, this::progress);
            if (!network.status().allRunning()) {
                progress("starting the local network (./diac network down stops it)");
                network.up(OperatorIdentity.parseList(OperatorIdentity.EXAMPLES));
            }
            Documents documents = new Documents(new DiacStandaloneSetup().createInjectorAndDoEMFRegistration(),
                    new PrintWriter(new StringWriter()), "diac bench deploy");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path work = Files.createTempDirectory("diac-bench-deploy");
            List<Double> without = new ArrayList<>();
            List<Double> with = new ArrayList<>();
            Map<String, List<Double>> parts = new LinkedHashMap<>();
            String prefix = "bench-deploy-" + Long.toString(System.currentTimeMillis(), 36);
            try {
                for (int run = -1; run < runs; run++) { // one warm-up of each, not counted
                    double a = withoutChain(documents, file, scripts, work.resolve("without-" + (run + 1)));
                    double b = withChain(documents, file, text, scripts, network.connectionProfileFile(),
                            prefix + "-" + (run + 1), work.resolve("with-" + (run + 1)), run >= 0 ? parts : new LinkedHashMap<>());
                    if (run >= 0) {
                        without.add(a);
                        with.add(b);
                    }
                }
            } finally {
                stopWorkers(work);
                deleteQuietly(work);
            }
            err.print("\r\033[K");
            err.flush();
            out.printf("deployment of %s as local processes, median of %d runs (after one warm-up of each)%n",
                    file.getFileName(), runs);
            out.printf("%-40s %10s %8s%n", "", "median s", "min s");
            out.printf(Locale.ROOT, "%-40s %10.2f %8.2f%n", "without the chain", median(without), Collections.min(without));
            out.printf(Locale.ROOT, "%-40s %10.2f %8.2f%n", "with the chain", median(with), Collections.min(with));
            parts.forEach((part, times) -> out.printf(Locale.ROOT, "%-40s %10.2f %8.2f%n", "  of which " + part,
                    median(times), Collections.min(times)));
            out.printf(Locale.ROOT, "%-40s %+10.2f%n", "overhead of the chain", median(with) - median(without));
            out.println("goal: at most +0.5 s; the paper (Table VI): +5.8 s and +5.2 s");
            out.flush();
            return LedgerOptions.OK;
        } catch (ChainException e) {
            return LedgerOptions.fail("bench deploy", e, err);
        } catch (NetworkException e) {
            err.println("diac bench deploy: " + e.getMessage());
            return LedgerOptions.NO_NETWORK;
        } catch (IOException | ExecutionException | IllegalStateException e) {
            err.println("diac bench deploy: " + e.getMessage());
            return LedgerOptions.REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LedgerOptions.REFUSED;
        }
    }

    /** Validate, map with a fresh seed, plan, and run every share here: seconds. */
    private double withoutChain(Documents documents, Path file, Path scripts, Path work)
            throws IOException, ExecutionException, InterruptedException {
        progress("without the chain: " + work.getFileName());
        long start = System.nanoTime();
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Documents.Mapped mapped = documents.map(file, null, seed, 1);
        if (mapped == null) {
            throw new IllegalStateException(file + " cannot be mapped (diac map " + file + " says why)");
        }
        PlanTopology topology = TreePlanTopology.read(mapped.model().toTree());
        Plan plan = PlanGenerator.deploy(topology);
        String failure = new LocalOrchestrator(new LocalProcessDriver(), scripts, work, Duration.ofSeconds(120))
                .run(file.getFileName().toString(), plan, topology, Duration.ofSeconds(300));
        double seconds = (System.nanoTime() - start) / 1e9;
        stopWorkers(work);
        if (failure != null) {
            throw new IllegalStateException("without the chain: " + failure);
        }
        return seconds;
    }

    /** Keys registered first (not timed); then validate, publish, propose the epoch, deploy with agents: seconds. */
    private double withChain(Documents documents, Path file, String text, Path scripts, Path profile, String name,
            Path work, Map<String, List<Double>> parts) throws IOException, InterruptedException {
        progress("with the chain: " + name);
        try (DiacLedger publisher = DiacLedger.builder().profile(profile).identity(PUBLISHER).connect()) {
            long start = System.nanoTime();
            if (!documents.valid(file)) {
                throw new IllegalStateException(file + " has errors (diac validate " + file + ")");
            }
            publisher.publish(name, text);
            long published = System.nanoTime();
            List<String> operators = operators(publisher, name);
            Map<String, VrfSecretKey> keys = new LinkedHashMap<>();
            for (String operator : operators) { // one-time set-up of each operator: not timed
                VrfSecretKey key = VrfSecretKey.generate(new SecureRandom());
                try (DiacLedger l = DiacLedger.builder().profile(profile).identity(operator).connect()) {
                    l.registerVrfKey(name, operator, HexFormat.of().formatHex(key.publicKey().toBytes()));
                }
                keys.put(operator, key);
            }
            long epochStart = System.nanoTime();
            EpochTurn turn = publisher.nextEpoch(name);
            try (DiacLedger proposer = DiacLedger.builder().profile(profile).identity(turn.proposer()).connect()) {
                String proof = HexFormat.of().formatHex(Ecvrf.prove(keys.get(turn.proposer()),
                        HexFormat.of().parseHex(turn.alpha())).toBytes());
                proposer.proposeEpoch(name, turn.epoch(), turn.alpha(), proof);
            }
            long epochDone = System.nanoTime();
            Map<String, Agent.Outcome> outcomes = new ParallelAgents(profile, name, scripts, work, Duration.ofSeconds(120))
                    .deploy(operators, Duration.ofSeconds(300), new PrintWriter(new StringWriter()));
            long end = System.nanoTime();
            stopWorkers(work);
            if (outcomes.values().stream().anyMatch(o -> o != Agent.Outcome.DEPLOYED)) {
                throw new IllegalStateException("with the chain: " + outcomes + " (logs under " + work + ")");
            }
            parts.computeIfAbsent("validate + publish", k -> new ArrayList<>()).add((published - start) / 1e9);
            parts.computeIfAbsent("epoch (VRF proof, allocation)", k -> new ArrayList<>()).add((epochDone - epochStart) / 1e9);
            parts.computeIfAbsent("agents (deploy + reports)", k -> new ArrayList<>()).add((end - epochDone) / 1e9);
            return (published - start + end - epochStart) / 1e9;
        }
    }

    private static List<String> operators(DiacLedger l, String name) {
        Map<String, Object> tree = Agent.tree(l.export(name, 0, DiacLedger.Format.YAML, true));
        var input = org.diac.mapper.allocation.TreeAllocationInput.of(tree, null, new byte[32], 1);
        if (!input.ok()) {
            throw new IllegalStateException(name + " cannot be allocated: " + input.problems());
        }
        return input.request().operators().stream().map(o -> o.name()).toList();
    }

    /** Stops the processes the scripts recorded in {@code worker.pid} files under {@code dir}. */
    static void stopWorkers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.getFileName().toString().equals("worker.pid")).forEach(p -> {
                try {
                    long pid = Long.parseLong(Files.readString(p).strip());
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
                    Files.delete(p);
                } catch (IOException | NumberFormatException e) {
                    // not a pid file of ours
                }
            });
        } catch (IOException e) {
            // nothing more to stop
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void progress(String line) {
        err.print("\r\033[Kbench deploy: " + line);
        err.flush();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }
}
