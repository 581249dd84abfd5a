package org.diac.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.diac.chain.network.NetworkCommand;
import org.diac.cli.chain.AdoptCommand;
import org.diac.cli.chain.ApproveCommand;
import org.diac.cli.chain.ExportCommand;
import org.diac.cli.chain.HistoryCommand;
import org.diac.cli.chain.ProposalsCommand;
import org.diac.cli.chain.ProposeCommand;
import org.diac.cli.chain.PublishCommand;
import org.diac.cli.chain.VoteCommand;
import org.diac.cli.mapper.MapCommand;
import org.diac.cli.mapper.PlanCommand;
import org.diac.cli.mapper.VrfCommand;
import org.diac.diagram.cli.DiagramCommand;
import org.diac.dsl.ide.cli.LspCommand;
import org.diac.dsl.ide.cli.ProfileCommand;
import org.diac.dsl.ide.cli.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diac} command: one entry point for every DiaC tool. */
@Command(name = "diac", mixinStandardHelpOptions = true, version = "DiaC 1.0.0-SNAPSHOT",
		description = "Decentralized infrastructure as code: TOSCA 1.3 + the DiaC profile.")
public class Diac implements Runnable {

	/** The subcommands by name, in the order of the usage help. */
	private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();
	static {
		SUBCOMMANDS.put("validate", ValidateCommand::new);
		SUBCOMMANDS.put("export", ExportCommand::new); // a FILE: the language's export; a NAME (or --from-chain): the chain's
		SUBCOMMANDS.put("profile", ProfileCommand::new);
		SUBCOMMANDS.put("lsp", LspCommand::new);
		SUBCOMMANDS.put("bench", BenchCommand::new);
		SUBCOMMANDS.put("network", NetworkCommand::new);
		SUBCOMMANDS.put("publish", PublishCommand::new);
		SUBCOMMANDS.put("propose", ProposeCommand::new);
		SUBCOMMANDS.put("vote", VoteCommand::new);
		SUBCOMMANDS.put("approve", ApproveCommand::new);
		SUBCOMMANDS.put("adopt", AdoptCommand::new);
		SUBCOMMANDS.put("proposals", ProposalsCommand::new);
		SUBCOMMANDS.put("history", HistoryCommand::new);
		SUBCOMMANDS.put("join", org.diac.cli.chain.MembershipCommands.Join::new);
		SUBCOMMANDS.put("leave", org.diac.cli.chain.MembershipCommands.Leave::new);
		SUBCOMMANDS.put("blacklist", org.diac.cli.chain.MembershipCommands.Blacklist::new);
		SUBCOMMANDS.put("demo", org.diac.cli.chain.DemoCommand::new);
		SUBCOMMANDS.put("vrf", VrfCommand::new);
		SUBCOMMANDS.put("map", MapCommand::new);
		SUBCOMMANDS.put("plan", PlanCommand::new);
		SUBCOMMANDS.put("diagram", DiagramCommand::new);
		SUBCOMMANDS.put("epoch", org.diac.cli.epoch.EpochCommand::new);
		SUBCOMMANDS.put("agent", org.diac.cli.agent.AgentCommand::new);
	}

	@picocli.CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		// Guice would generate a class per injected type to speed up construction; a command-line run builds each
		// object a few times only, so plain reflection is faster and the class-data archive covers it
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		CommandLine commandLine = commandLine(args);
		// picocli reports wrong usage with exit code 2, as LANGUAGE.md §6 asks
		commandLine.setExitCodeExceptionMapper(e -> 2);
		System.exit(commandLine.execute(args));
	}

	/**
	 * The command line for {@code args}. picocli reads the annotations of every subcommand it is given, which took
	 * a sixth of the start-up of a small validation: a run of one subcommand gets only that one; usage help, wrong
	 * usage and the options of {@code diac} itself get them all.
	 */
	public static CommandLine commandLine(String[] args) {
		CommandLine commandLine = new CommandLine(new Diac());
		String first = args.length == 0 ? null : args[0];
		boolean one = first != null && SUBCOMMANDS.containsKey(first);
		SUBCOMMANDS.forEach((name, command) -> {
			if (!one || name.equals(first)) {
				commandLine.addSubcommand(name, command.get());
			}
		});
		return commandLine;
	}
}
