package org.diac.cli.agent;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.ImportedFile;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.chain.client.PendingTransaction;
import org.diac.chain.client.VersionRecord;
import org.diac.cli.agent.StepJournal.Phase;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;
import org.diac.mapper.instances.InstanceModelBuilder;
import org.diac.mapper.plan.OperatorShare;
import org.diac.mapper.plan.Plan;
import org.diac.mapper.plan.PlanGenerator;
import org.diac.mapper.plan.PlanJson;
import org.diac.mapper.plan.PlanNode;
import org.diac.mapper.plan.PlanTopology;
import org.diac.mapper.plan.Step;
import org.diac.mapper.plan.TreePlanTopology;
import org.diac.mapper.plan.UnknownOperatorException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * An operator's agent (issue 11 item 5). {@link #reconcile} brings what the operator runs to the chain's latest epoch
 * and document version: export the document resolved, re-check the epoch's allocation against the mapper's
 * recomputation, build the instance model and the plan (a first deployment, or the transition from what was
 * deployed), keep the operator's share, and run it step by step through a {@link Driver}, reporting each of its
 * instances' state (and address) on chain. A {@link StepJournal} makes a restart resume without repeating a finished
 * step. State folder: {@code deployed.json}, {@code journal.json}, {@code logs/}, {@code work/<instance>/},
 * {@code artifacts/} (files published with the document), {@code events.checkpoint} (see {@link AgentCommand}).
 */
public final class Agent {

    /** What one reconciliation came to. */
    public enum Outcome {
        /** Nothing to do: no epoch yet, or already at the chain's epoch and version. */
        UP_TO_DATE,
        /** The operator's share ran to the end. */
        DEPLOYED,
        /** Another operator's instance has not reached the awaited state yet; the next event resumes. */
        WAITING,
        /** An operation failed (reported as {@code error}), or the chain's state cannot be planned. */
        FAILED
    }

    static final List<String> STATES = List.of("initial", "creating", "created", "configuring", "configured",
            "starting", "started");

    private final DiacLedger ledger;
    private final String document;
    private final String operator;
    private final Driver driver;
    private final Path state;
    private final Path artifacts;
    private final Duration operationTimeout;
    private final Duration waitTimeout;
    private final PrintWriter log;
    private final StepJournal journal;
    /** The plan whose step failed in this process: not run again until the chain moves on or the agent restarts. */
    private String failedPlan = "";
    /** Reports submitted (or queued for submission) but not yet seen committed, by step order ({@link #submitReport}). */
    private final Map<Integer, CompletableFuture<PendingTransaction<InstanceStatusRecord>>> unconfirmed = new LinkedHashMap<>();
    /** Each instance's last queued report: the next one of that instance is submitted after it reached the orderer. */
    private final Map<String, CompletableFuture<PendingTransaction<InstanceStatusRecord>>> lastReport = new HashMap<>();
    /** Submits reports when the ledger pipelines them; daemon threads, which end when idle. */
    private static final ExecutorService REPORTERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "diac-agent-report");
        t.setDaemon(true);
        return t;
    });

    public Agent(DiacLedger ledger, String document, String operator, Driver driver, Path state, Path artifacts,
            Duration operationTimeout, Duration waitTimeout, PrintWriter log) {
        this.ledger = ledger;
        this.document = document;
        this.operator = operator;
        this.driver = driver;
        this.state = state;
        this.artifacts = artifacts;
        this.operationTimeout = operationTimeout;
        this.waitTimeout = waitTimeout;
        this.log = log;
        this.journal = new StepJournal(state.resolve("journal.json"));
    }

    public Outcome reconcile() {
        EpochRecord epoch;
        try {
            epoch = ledger.epoch(document, 0);
        } catch (ChainException e) {
            if (e.reason() == ChainException.Reason.NOT_FOUND) {
                say("no epoch of " + document + " yet: nothing to deploy");
                return Outcome.UP_TO_DATE;
            }
            throw e;
        }
        List<VersionRecord> versions = ledger.versions(document);
        long version = versions.get(versions.size() - 1).version();
        DeployedState deployed = DeployedState.read(state.resolve("deployed.json"));
        String target = epoch.epoch() + "/" + version;
        if (deployed != null && deployed.key().equals(target) && journal.isEmpty()) {
            return Outcome.UP_TO_DATE;
        }
        Map<String, Object> tree = tree(ledger.export(document, version, DiacLedger.Format.YAML, true));
        byte[] seed = HexFormat.of().parseHex(epoch.seed());
        TreeAllocationInput input = TreeAllocationInput.of(tree, null, seed, epoch.epoch());
        if (!input.ok()) {
            say("version " + version + " of " + document + " cannot be allocated: " + String.join("; ", input.problems()));
            return Outcome.FAILED;
        }
        Allocation allocation = new Gson().fromJson(epoch.allocation(), Allocation.class);
        if (epoch.documentVersion() == version && !Mapper.allocate(input.request()).equals(allocation)) {
            say("refused: epoch " + epoch.epoch() + "'s allocation on chain differs from the mapper's recomputation");
            return Outcome.FAILED;
        }
        Map<String, Object> model = InstanceModelBuilder.build(tree, input.request(), allocation,
                deployed == null ? null : deployed.model()).toTree();
        PlanTopology next = TreePlanTopology.read(model);
        PlanTopology previous = deployed == null ? null : TreePlanTopology.read(deployed.model());
        Plan plan = previous == null ? PlanGenerator.deploy(next) : PlanGenerator.transition(previous, next);
        Plan share;
        try {
            share = OperatorShare.of(plan, next, operator);
        } catch (UnknownOperatorException e) {
            share = previous != null && previous.operators().contains(operator) ? OperatorShare.of(plan, previous, operator)
                    : new Plan(operator, List.of());
        }
        String planId = sha256(target + "\n" + PlanJson.write(share));
        if (planId.equals(failedPlan)) {
            return Outcome.FAILED; // reported already; retried after a restart or with the next epoch or version
        }
        if (!planId.equals(journal.planId())) {
            if (!journal.isEmpty()) {
                say("the chain moved on: the unfinished plan " + journal.planId().substring(0, 12) + " is superseded");
            }
            journal.begin(planId);
        }
        say("epoch " + epoch.epoch() + ", version " + version + ": " + share.steps().size() + " steps for " + operator
                + " (plan " + planId.substring(0, 12) + ")");
        Outcome outcome = run(share, next, previous, version);
        failedPlan = outcome == Outcome.FAILED ? planId : "";
        if (outcome == Outcome.DEPLOYED) {
            new DeployedState(epoch.epoch(), version, model).write(state.resolve("deployed.json"));
            journal.clear();
        }
        return outcome;
    }

    private Outcome run(Plan share, PlanTopology next, PlanTopology previous, long version) {
        unconfirmed.clear(); // a run that ended in an exception left them; their steps stay RAN and are reported again
        lastReport.clear();
        int ran = 0;
        int skipped = 0;
        // an instance keeps the address an earlier operation published (also before a restart: from the chain)
        Map<String, String> addresses = new LinkedHashMap<>();
        if (!share.steps().isEmpty()) {
            ledger.statuses(document).stream().filter(s -> operator.equals(s.operator()) && !s.ipv4().isEmpty())
                    .forEach(s -> addresses.put(s.instance(), s.ipv4()));
        }
        for (Step step : share.steps()) {
            Phase phase = journal.phase(step.order());
            if (phase == Phase.DONE) {
                skipped++;
                continue;
            }
            if (Step.WAIT.equals(step.kind())) {
                confirmReports();
                if (!reached(step.instance(), step.state())) {
                    say("waiting for " + step.instance() + " (" + step.operator() + ") to be " + step.state());
                    return Outcome.WAITING;
                }
                journal.mark(step.order(), Phase.DONE, null);
                continue;
            }
            String address = journal.address(step.order());
            if (phase != Phase.RAN) {
                journal.mark(step.order(), Phase.STARTED, null);
                if (Step.CALL.equals(step.kind())) {
                    Driver.Result result = call(step, version);
                    ran++;
                    if (!result.ok()) {
                        journal.mark(step.order(), Phase.FAILED, null);
                        say("step " + step.order() + " " + step.instance() + " " + step.qualifiedOperation() + " failed: "
                                + result.reason());
                        confirmReports();
                        report(step.instance(), "error", "", next);
                        return Outcome.FAILED;
                    }
                    address = result.outputs().getOrDefault("ipv4_addr", result.outputs().get("public_address"));
                }
                if (address == null && Step.CALL.equals(step.kind()) && "started".equals(step.state())) {
                    address = driver.defaultAddress(); // an operation ran there; a no-op runs nowhere
                }
                journal.mark(step.order(), Phase.RAN, address);
            }
            if (address != null) {
                addresses.put(step.instance(), address);
            }
            submitReport(step.order(), step.instance(), step.state(), addresses.getOrDefault(step.instance(), ""), next);
        }
        confirmReports();
        say("done: " + ran + " operations run, " + skipped + " finished steps not repeated");
        return Outcome.DEPLOYED;
    }

    /**
     * Reports a step's state like {@link #report}, without waiting for the commit: the next step runs meanwhile (a
     * report's commit took longer than most operations). The step is marked done once {@link #confirmReports} has
     * seen the commit; a restart before that reports it again (the step stays RAN in the journal).
     */
    private void submitReport(int order, String instance, String status, String address, PlanTopology next) {
        PlanNode node = next.node(instance);
        if (node == null || !operator.equals(node.executor())) {
            journal.mark(order, Phase.DONE, null);
            return;
        }
        String reported = "initial".equals(status) ? "deleted" : status;
        if (ledger.pipelinesReports()) {
            // reports of different instances endorsed at once; one instance's in order (each after the last is ordered)
            CompletableFuture<PendingTransaction<InstanceStatusRecord>> queued = lastReport
                    .getOrDefault(instance, CompletableFuture.completedFuture(null))
                    .thenApplyAsync(previous -> ledger.submitStatus(document, instance, reported, address), REPORTERS);
            lastReport.put(instance, queued);
            unconfirmed.put(order, queued);
            return;
        }
        PendingTransaction<InstanceStatusRecord> pending = ledger.submitStatus(document, instance, reported, address);
        if (pending.committed() && unconfirmed.isEmpty()) {
            journal.mark(order, Phase.DONE, null);
        } else {
            unconfirmed.put(order, CompletableFuture.completedFuture(pending));
        }
    }

    /** Waits for the commits of the reports submitted so far, in order, and marks their steps done. */
    private void confirmReports() {
        try {
            for (Map.Entry<Integer, CompletableFuture<PendingTransaction<InstanceStatusRecord>>> e : unconfirmed.entrySet()) {
                e.getValue().join().await();
                journal.mark(e.getKey(), Phase.DONE, null);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a ChainException of the submission, as when reporting without pipelining
            }
            throw e;
        } finally {
            unconfirmed.clear();
            lastReport.clear();
        }
    }

    /** Reports a node's state if it is this operator's in the new model (a node that left is another's now). */
    private void report(String instance, String status, String address, PlanTopology next) {
        PlanNode node = next.node(instance);
        if (node == null || !operator.equals(node.executor())) {
            return;
        }
        String reported = "initial".equals(status) ? "deleted" : status;
        ledger.reportStatus(document, instance, reported, address);
    }

    private boolean reached(String instance, String awaited) {
        long deadline = System.nanoTime() + waitTimeout.toNanos();
        while (true) {
            for (InstanceStatusRecord s : ledger.statuses(document)) {
                if (s.instance().equals(instance) && STATES.indexOf(s.status()) >= STATES.indexOf(awaited)) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(500);
        }
    }

    private Driver.Result call(Step step, long version) {
        Path implementation = implementation(step.implementation(), version);
        if (implementation == null) {
            return new Driver.Result(false, -1, "implementation '" + step.implementation() + "' is neither published "
                    + "with the document nor in " + artifacts, Map.of());
        }
        Map<String, String> env = environment(step, document, operator);
        say("step " + step.order() + " " + step.instance() + " " + step.qualifiedOperation() + " <- "
                + step.implementation());
        return driver.run(step, implementation, env, state.resolve("work").resolve(step.instance()),
                state.resolve("logs").resolve(step.order() + "-" + step.instance() + "-" + step.operation() + ".log"),
                operationTimeout);
    }

    /** An operation's environment: its inputs by name, and which document, operator, instance and operation. */
    static Map<String, String> environment(Step step, String document, String operator) {
        Map<String, String> env = new LinkedHashMap<>();
        step.inputs().forEach((name, value) -> {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                env.put(name, value instanceof String s ? s : new Gson().toJson(value));
            }
        });
        env.put("DIAC_DOCUMENT", document);
        env.put("DIAC_OPERATOR", operator);
        env.put("DIAC_INSTANCE", step.instance());
        env.put("DIAC_OPERATION", step.qualifiedOperation());
        if (step.target() != null) {
            env.put("DIAC_TARGET", step.target());
        }
        return env;
    }

    /** A file published with the document (copied under artifacts/), else one under the artifacts folder. */
    private Path implementation(String path, long version) {
        if (path == null) {
            return null;
        }
        try {
            for (ImportedFile f : ledger.imports(document, version)) {
                if (f.path().equals(path)) {
                    Path copy = state.resolve("artifacts").resolve("v" + version).resolve(path).normalize();
                    if (copy.startsWith(state.resolve("artifacts"))) {
                        AtomicFiles.write(copy, f.content());
                        return copy;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path local = artifacts.resolve(path).normalize();
        return Files.isRegularFile(local) ? local : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private void say(String line) {
        log.println("diac agent " + operator + ": " + line);
        log.flush();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
