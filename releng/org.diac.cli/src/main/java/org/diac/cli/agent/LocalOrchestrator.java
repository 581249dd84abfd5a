package org.diac.cli.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diac.mapper.plan.OperatorShare;
import org.diac.mapper.plan.Plan;
import org.diac.mapper.plan.PlanTopology;
import org.diac.mapper.plan.Step;

/**
 * A deployment without the chain, the baseline of {@code diac bench deploy} (the paper's Table VI, "without"): the
 * same plan and the same operator shares run in parallel through the same driver as the agents run them, but the
 * instances' states are shared in this process instead of being reported on chain and read back.
 */
final class LocalOrchestrator {

    private final Driver driver;
    private final Path artifacts;
    private final Path workRoot;
    private final Duration operationTimeout;
    private final Map<String, String> states = new ConcurrentHashMap<>();

    LocalOrchestrator(Driver driver, Path artifacts, Path workRoot, Duration operationTimeout) {
        this.driver = driver;
        this.artifacts = artifacts;
        this.workRoot = workRoot;
        this.operationTimeout = operationTimeout;
    }

    /** Runs every operator's share of {@code plan}; the first failure's reason, or null when all ran. */
    String run(String document, Plan plan, PlanTopology topology, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> operators = topology.operators().stream().toList();
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<String>> running = new ArrayList<>();
            for (String operator : operators) {
                Plan share = OperatorShare.of(plan, topology, operator);
                running.add(pool.submit(() -> runShare(document, operator, share, deadline)));
            }
            for (Future<String> f : running) {
                String failure = f.get();
                if (failure != null) {
                    return failure;
                }
            }
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private String runShare(String document, String operator, Plan share, long deadline) throws InterruptedException {
        for (Step step : share.steps()) {
            if (Step.WAIT.equals(step.kind())) {
                while (Agent.STATES.indexOf(states.getOrDefault(step.instance(), "initial")) < Agent.STATES.indexOf(step.state())) {
                    if (System.nanoTime() > deadline) {
                        return operator + " timed out waiting for " + step.instance() + " to be " + step.state();
                    }
                    Thread.sleep(10);
                }
                continue;
            }
            if (Step.CALL.equals(step.kind())) {
                Path work = workRoot.resolve(operator).resolve(step.instance());
                Driver.Result r = driver.run(step, artifacts.resolve(step.implementation()),
                        Agent.environment(step, document, operator), work,
                        workRoot.resolve(operator).resolve("logs").resolve(step.order() + "-" + step.instance() + ".log"),
                        operationTimeout);
                if (!r.ok()) {
                    return operator + ": step " + step.order() + " " + step.instance() + " failed: " + r.reason();
                }
            }
            states.put(step.instance(), step.state());
        }
        return null;
    }
}
