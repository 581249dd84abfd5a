package org.diac.cli.agent;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;

/**
 * Several operators' agents on this machine at once, as {@code diac agent --once --driver local} each: one thread and
 * one connection (signing as the operator) per agent; an agent waiting for another operator's instance reconciles
 * again until the deadline. Used by the Maven plugin's {@code deploy} goal and by {@code diac bench deploy}.
 */
public final class ParallelAgents {

    private final Path profile;
    private final String document;
    private final Path artifacts;
    private final Path stateRoot;
    private final Duration operationTimeout;

    /** Agents of {@code document} on the network of {@code profile}; each keeps its state in {@code stateRoot/OPERATOR/DOCUMENT}. */
    public ParallelAgents(Path profile, String document, Path artifacts, Path stateRoot, Duration operationTimeout) {
        this.profile = profile;
        this.document = document;
        this.artifacts = artifacts;
        this.stateRoot = stateRoot;
        this.operationTimeout = operationTimeout;
    }

    /** Runs the agents of {@code operators} until none waits or {@code timeout} has passed; each one's last outcome. */
    public Map<String, Agent.Outcome> deploy(List<String> operators, Duration timeout, PrintWriter log)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<Agent.Outcome>> running = new ArrayList<>();
            for (String operator : operators) {
                running.add(pool.submit(() -> {
                    try (DiacLedger l = DiacLedger.builder().profile(profile).identity(operator).connect()) {
                        Path state = stateRoot.resolve(operator).resolve(document);
                        Files.createDirectories(state);
                        Agent agent = new Agent(l, document, operator, new LocalProcessDriver(), state, artifacts,
                                operationTimeout, Duration.ofSeconds(10), log);
                        Agent.Outcome outcome = agent.reconcile();
                        while (outcome == Agent.Outcome.WAITING && System.nanoTime() < deadline) {
                            outcome = agent.reconcile();
                        }
                        return outcome;
                    }
                }));
            }
            Map<String, Agent.Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < operators.size(); i++) {
                outcomes.put(operators.get(i), running.get(i).get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChainException c) {
                throw c;
            }
            throw new IllegalStateException("agent failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
