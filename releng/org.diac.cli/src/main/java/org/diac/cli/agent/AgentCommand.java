package org.diac.cli.agent;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainEvent;
import org.diac.chain.client.ChainEvents;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.network.DiacPaths;
import org.diac.cli.chain.LedgerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diac agent --identity NAME --document NAME [--driver local] [--once]}: an operator's agent. It reconciles
 * once at start (which also finishes a plan a killed agent left), then follows the chaincode's events from the
 * checkpoint in its state folder and reconciles on every {@code DocumentAdopted}, {@code EpochAdopted} and
 * {@code InstanceReported} of its document, checkpointing each event once handled.
 */
@Command(name = "agent", mixinStandardHelpOptions = true, description = {
        "An operator's agent: follows the chain's events for a document, deploys the operator's share of the "
                + "latest epoch's plan through a driver, and reports each instance's status and address on chain. "
                + "A restart resumes without repeating a finished step.",
        "Exit (with --once): 0 deployed or up to date, 1 an operation failed or the state cannot be planned, "
                + "5 waiting for another operator, 2 wrong usage, 3 network not reachable, 4 transaction failed."})
public final class AgentCommand implements Callable<Integer> {

    static final int WAITING = 5;
    private static final Set<String> EVENTS = Set.of("DocumentAdopted", "EpochAdopted", "InstanceReported");

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document on chain")
    String document;

    @Option(names = "--operator", paramLabel = "NAME", description = "the operator template the signer is "
            + "(default: the --identity name)")
    String operator;

    @Option(names = "--driver", defaultValue = "local", description = "how operations run: local (processes on "
            + "this machine), ssh (on --hosts), ansible (playbooks with ansible-playbook on --hosts or this machine; "
            + "scripts as with ssh or local), aws (scripts that use the AWS CLI, pointed at --aws-endpoint)")
    String driver;

    @Option(names = "--hosts", split = ",", paramLabel = "[USER@]ADDRESS[:PORT]", description = "the operator's "
            + "hosts for --driver ssh; each instance stays on the host it was first given")
    java.util.List<String> hosts = new java.util.ArrayList<>();

    @Option(names = "--ssh-key", paramLabel = "FILE", description = "private key for --driver ssh")
    Path sshKey;

    @Option(names = "--ssh", paramLabel = "PROGRAM", defaultValue = "ssh", hidden = true)
    String sshProgram;

    @Option(names = "--aws-endpoint", paramLabel = "URL", description = "for --driver aws: the EC2 endpoint, e.g. "
            + "a local moto server http://127.0.0.1:5055 (default: the region's own)")
    String awsEndpoint;

    @Option(names = "--aws-region", paramLabel = "REGION", defaultValue = "us-east-1")
    String awsRegion;

    @Option(names = "--ansible-playbook", paramLabel = "PROGRAM", defaultValue = "ansible-playbook", hidden = true)
    String ansibleProgram;

    @Option(names = "--once", description = "reconcile once and exit instead of following events")
    boolean once;

    @Option(names = "--state", paramLabel = "DIR", description = "the agent's state folder (default: "
            + "${DIAC_HOME:-<repo>/.diac}/agents/OPERATOR/DOCUMENT)")
    Path stateDir;

    @Option(names = "--artifacts", paramLabel = "DIR", defaultValue = ".", description = "where operation "
            + "implementations not published with the document are found (default: the current folder)")
    Path artifacts;

    @Option(names = "--operation-timeout", paramLabel = "SECONDS", defaultValue = "300")
    long operationTimeout;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for another operator's instance before giving up until the next event")
    long waitTimeout;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!List.of("local", "ssh", "ansible", "aws").contains(driver)) {
            err.println("diac agent: driver '" + driver + "' is not implemented; 'local', 'ssh', 'ansible' and 'aws' "
                    + "are");
            return LedgerOptions.USAGE;
        }
        if ("ssh".equals(driver) && hosts.isEmpty()) {
            err.println("diac agent: --driver ssh needs --hosts");
            return LedgerOptions.USAGE;
        }
        try (DiacLedger l = ledger.connect()) {
            String who = operator != null ? operator : l.identity().name();
            Path state = stateDir != null ? stateDir
                    : DiacPaths.resolve(null).home().resolve("agents").resolve(who).resolve(document);
            Files.createDirectories(state);
            SshHosts given = hosts.isEmpty() ? null : new SshHosts(hosts, state.resolve("hosts.json"));
            Driver scripts = given != null ? new SshDriver(given, sshKey, sshProgram, who) : new LocalProcessDriver();
            Driver d = switch (driver) {
                case "ansible" -> new AnsibleDriver(scripts, given, sshKey, ansibleProgram);
                case "aws" -> new AwsCliDriver(new LocalProcessDriver(), awsEndpoint, awsRegion);
                default -> scripts;
            };
            Agent agent = new Agent(l, document, who, d, state, artifacts,
                    Duration.ofSeconds(operationTimeout), Duration.ofSeconds(waitTimeout), out);
            Agent.Outcome outcome = agent.reconcile();
            if (once) {
                return exit(outcome);
            }
            try (ChainEvents events = l.events(state.resolve("events.checkpoint"))) {
                out.println("diac agent " + who + ": following events of " + document + " (checkpoint block "
                        + events.checkpointBlock() + ")");
                out.flush();
                while (events.hasNext()) {
                    ChainEvent e = events.next();
                    // its own reports come back as events too: they change nothing for it (and would loop on errors)
                    boolean own = e.payload().contains("\"operator\":\"" + who + "\"")
                            && "InstanceReported".equals(e.eventName());
                    if (!own && EVENTS.contains(e.eventName()) && e.payload().contains("\"name\":\"" + document + "\"")) {
                        agent.reconcile();
                    }
                    events.checkpoint();
                }
            }
            return LedgerOptions.OK;
        } catch (ChainException e) {
            return LedgerOptions.fail("agent", e, err);
        } catch (IOException e) {
            err.println("diac agent: " + e.getMessage());
            return LedgerOptions.USAGE;
        }
    }

    static int exit(Agent.Outcome outcome) {
        return switch (outcome) {
            case UP_TO_DATE, DEPLOYED -> LedgerOptions.OK;
            case WAITING -> WAITING;
            case FAILED -> LedgerOptions.REFUSED;
        };
    }
}
