package org.diac.chain.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code diac network up|down|status|clean}: the local Fabric network. Mounted by the root {@code diac} command
 * as the subcommand {@code network}; {@link #main} runs it alone.
 */
@Command(name = "network", mixinStandardHelpOptions = true,
        versionProvider = NetworkCommand.Version.class,
        description = {"Runs a local Hyperledger Fabric " + FabricBinaries.FABRIC_VERSION + " network as native "
                + "processes on 127.0.0.1: a Raft orderer (OrdererMSP), one peer each for Org1MSP and Org2MSP, "
                + "TLS everywhere, channel '" + NetworkTopology.CHANNEL + "'.",
                "State: ${DIAC_HOME:-<repo>/.diac}/network; connection profile: network/"
                + ConnectionProfile.FILE_NAME + ". Ports shift by DIAC_FABRIC_PORT_OFFSET.",
                "Fabric: DIAC_FABRIC_HOME (an unpacked release: bin/, config/, builders/ccaas/), else the cache "
                + "${DIAC_CACHE:-~/.cache/diac}/fabric/" + FabricBinaries.FABRIC_VERSION + ", filled from the release "
                + "archive DIAC_FABRIC_DIST (.tar.gz or .tar.xz; SHA-256 checked against DIAC_FABRIC_SHA256 and a "
                + "SHA256SUMS file beside it)."},
        subcommands = {NetworkCommand.Up.class, NetworkCommand.Down.class, NetworkCommand.StatusCommand.class,
                NetworkCommand.Clean.class, NetworkCommand.Identities.class})
public class NetworkCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "DiaC state folder (default: $DIAC_HOME or <repo>/.diac)")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    LocalFabricNetwork network() {
        return LocalFabricNetwork.fromEnvironment(home, System.out::println);
    }

    static int fail(NetworkException e) {
        System.err.println("diac network: " + e.getMessage());
        return 1;
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start the network (unpacking Fabric and generating crypto material and the channel on first "
                    + "use); returns once a transaction can commit (Raft leader elected, peers at the orderer's "
                    + "height) and prints the start-up time. Also deploys chaincode 'diac' as a service when its jar "
                    + "has been built. Issues the operators' identities (kept when they exist). Writes the "
                    + "connection profile.")
    static class Up implements Callable<Integer> {
        @ParentCommand
        NetworkCommand parent;

        @Option(names = "--operators", paramLabel = "NAME[:ORG[:SUBJECT]],...", defaultValue = OperatorIdentity.EXAMPLES,
                description = {"Operators to issue identities for (under network/" + IssuedIdentity.FOLDER + "/NAME), "
                        + "signed by the CA of ORG (org1 or org2, default org1), certificate subject CN=SUBJECT "
                        + "(default NAME), OU=client. '' issues none.",
                        "Default: the operators of examples/*.diac (${DEFAULT-VALUE})."})
        String operators;

        @Override
        public Integer call() {
            try {
                System.out.println("diac network up");
                parent.network().up(OperatorIdentity.parseList(operators));
                return 0;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop all network processes; ledgers, crypto material and logs are kept.")
    static class Down implements Callable<Integer> {
        @ParentCommand
        NetworkCommand parent;

        @Override
        public Integer call() {
            try {
                System.out.println("diac network down");
                parent.network().down();
                return 0;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show each process (pid, endpoint, health) and the height of channel '" + NetworkTopology.CHANNEL
                    + "'. Exit code 0 when orderer and peers all run, 3 otherwise.")
    static class StatusCommand implements Callable<Integer> {
        @ParentCommand
        NetworkCommand parent;

        @Override
        public Integer call() {
            try {
                LocalFabricNetwork.Status s = parent.network().status();
                if (!s.exists()) {
                    System.out.println("no network in " + s.root() + " (run: diac network up)");
                    return 3;
                }
                System.out.println("network " + s.root());
                for (LocalFabricNetwork.ProcessStatus p : s.processes()) {
                    System.out.printf("  %-20s %-17s %-16s %s%n", p.name(), p.role(), p.endpoint(),
                            p.running() ? "running (pid " + p.pid() + ")" + (p.healthy() ? ", healthy" : ", NOT healthy")
                                    : "stopped");
                }
                System.out.println("  channel " + NetworkTopology.CHANNEL + ": "
                        + (s.channelHeight().isPresent() ? "height " + s.channelHeight().getAsLong() : "unavailable"));
                return s.allRunning() ? 0 : 3;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "Stop all processes and delete the network folder (crypto material, ledgers, logs).")
    static class Clean implements Callable<Integer> {
        @ParentCommand
        NetworkCommand parent;

        @Override
        public Integer call() {
            try {
                System.out.println("diac network clean");
                parent.network().clean();
                return 0;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "identities", mixinStandardHelpOptions = true,
            description = "Operator identities issued from the organizations' CAs: network/" + IssuedIdentity.FOLDER
                    + "/NAME/{cert.pem,key.pem,msp-id,msp/}, signed with --identity NAME.",
            subcommands = {IssueIdentity.class, ListIdentities.class})
    static class Identities implements Callable<Integer> {
        @ParentCommand
        NetworkCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(System.out);
            return 0;
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issue an X.509 client identity (ECDSA P-256) for operator NAME from ORG's CA; an existing "
                    + "identity is kept. Needs the network's crypto material (after a first 'up'), not running processes.")
    static class IssueIdentity implements Callable<Integer> {
        @ParentCommand
        Identities parent;

        @CommandLine.Parameters(paramLabel = "NAME", description = "identity name (what --identity names)")
        String name;

        @Option(names = "--org", paramLabel = "ORG", defaultValue = "org1", description = "org1 or org2 (default: ${DEFAULT-VALUE})")
        String org;

        @Option(names = "--subject", paramLabel = "CN", description = "certificate common name, as the document's "
                + "identity.subject names it (default: NAME)")
        String subject;

        @Override
        public Integer call() {
            try {
                IssuedIdentity id = parent.parent.network().issueIdentities(List.of(new OperatorIdentity(name, org, subject)))
                        .get(0);
                System.out.println(id.name() + " " + id.mspId() + " " + id.dir());
                return 0;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the issued identities.")
    static class ListIdentities implements Callable<Integer> {
        @ParentCommand
        Identities parent;

        @Override
        public Integer call() {
            try {
                for (IssuedIdentity id : IssuedIdentity.list(parent.parent.network().layout().root())) {
                    System.out.println(id.name() + " " + id.mspId() + " " + id.dir());
                }
                return 0;
            } catch (NetworkException e) {
                return fail(e);
            }
        }
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"diac network (Hyperledger Fabric " + FabricBinaries.FABRIC_VERSION + ")"};
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NetworkCommand()).execute(args));
    }
}
