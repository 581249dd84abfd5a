package org.diac.maven;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.cli.agent.Agent;
import org.diac.cli.agent.ParallelAgents;
import org.diac.mapper.allocation.Assignment;

/**
 * {@code diac:deploy}: each operator's agent ({@code diac agent --once --driver local}) deploys its share of the latest
 * epoch as local processes, in parallel, each signing its own status reports; an agent waiting for another
 * operator's instance tries again until {@code timeout}. The build fails if an operation fails (its log is named) or
 * if an instance of the epoch is not reported {@code started} at the end.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends ChainMojo {

    /** The operators whose agents run here (each an identity of the network); default: the document's operators. */
    @Parameter
    List<String> operators;

    /** Where operation implementations not published with the document are found. */
    @Parameter(property = "diac.artifacts", defaultValue = "${project.basedir}")
    File artifacts;

    /** The agents' state folders: {@code STATE/OPERATOR/NAME}; default {@code DIAC_HOME/agents}. */
    @Parameter(property = "diac.agents")
    File agents;

    @Parameter(property = "diac.operationTimeout", defaultValue = "120")
    long operationTimeout;

    /** How long the whole deployment may take, in seconds. */
    @Parameter(property = "diac.deployTimeout", defaultValue = "600")
    long timeout;

    @Override
    protected void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
        for (Path file : files) {
            String onChain = nameOf(file, files);
            List<String> who;
            try (DiacLedger l = connect(null)) {
                who = operators != null && !operators.isEmpty() ? operators : EpochState.operators(l, onChain);
            } catch (ChainException e) {
                throw failure("deploy", onChain, e);
            }
            long start = System.nanoTime();
            Map<String, Agent.Outcome> outcomes = deploy(onChain, who);
            getLog().info(String.format("diac: %s deployed by %d agents in %.1f s: %s", onChain, who.size(),
                    (System.nanoTime() - start) / 1e9, outcomes));
            List<String> failed = outcomes.entrySet().stream().filter(e -> e.getValue() != Agent.Outcome.DEPLOYED
                    && e.getValue() != Agent.Outcome.UP_TO_DATE).map(e -> e.getKey() + " " + e.getValue()).toList();
            if (!failed.isEmpty()) {
                throw new MojoFailureException("diac:deploy " + onChain + ": " + String.join(", ", failed)
                        + " (the agents' logs are above; operation logs under " + agentsDir() + ")");
            }
            requireStarted(onChain);
        }
    }

    private Path agentsDir() {
        return agents != null ? agents.toPath() : paths().home().resolve("agents");
    }

    /** One agent per operator, each on its own thread and connection, until none waits or the time is up. */
    private Map<String, Agent.Outcome> deploy(String onChain, List<String> who) throws MojoFailureException {
        connect(null).close(); // the profile exists (a clear message otherwise)
        ParallelAgents agents = new ParallelAgents(profileFile(), onChain, artifacts.toPath(), agentsDir(),
                Duration.ofSeconds(operationTimeout));
        try (PrintWriter log = new PrintWriter(new LogWriter(getLog(), ""), true)) {
            return agents.deploy(who, Duration.ofSeconds(timeout), log);
        } catch (ChainException e) {
            throw failure("deploy", onChain, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("diac:deploy: interrupted");
        } catch (IllegalStateException e) {
            throw new MojoFailureException("diac:deploy " + onChain + ": " + e.getMessage(), e);
        }
    }

    /** Every instance of the latest epoch reported {@code started} by the operator the epoch gave it to. */
    private void requireStarted(String onChain) throws MojoFailureException {
        try (DiacLedger l = connect(null)) {
            org.diac.cli.chain.AdoptedState state = EpochState.read(l, onChain);
            Map<String, InstanceStatusRecord> reported = new LinkedHashMap<>();
            l.statuses(onChain).forEach(s -> reported.put(s.instance(), s));
            List<String> missing = new ArrayList<>();
            StringBuilder table = new StringBuilder(String.format("%-12s %-8s %-10s %-10s %s%n", "instance", "group",
                    "operator", "status", "ipv4"));
            for (Assignment a : state.allocation().assignments()) {
                InstanceStatusRecord s = reported.get(a.instance());
                boolean ok = s != null && "started".equals(s.status()) && a.operator().equals(s.operator());
                if (!ok) {
                    missing.add(a.instance() + " (" + (s == null ? "not reported" : s.operator() + ": " + s.status()) + ")");
                }
                table.append(String.format("%-12s %-8s %-10s %-10s %s%n", a.instance(), a.group(), a.operator(),
                        s == null ? "-" : s.status(), s == null ? "" : s.ipv4()));
            }
            getLog().info("diac: " + onChain + " epoch " + state.epoch().epoch() + " as reported on chain:\n" + table);
            if (!missing.isEmpty()) {
                throw new MojoFailureException("diac:deploy " + onChain + ": not started: " + String.join(", ", missing));
            }
        } catch (ChainException e) {
            throw failure("deploy", onChain, e);
        }
    }
}
