package org.diac.cli;

import org.diac.chain.network.NetworkCommand;
import org.diac.cli.chain.AdoptCommand;
import org.diac.cli.chain.ApproveCommand;
import org.diac.cli.chain.ExportCommand;
import org.diac.cli.chain.HistoryCommand;
import org.diac.cli.chain.ProposalsCommand;
import org.diac.cli.chain.ProposeCommand;
import org.diac.cli.chain.PublishCommand;
import org.diac.cli.chain.VoteCommand;
import org.diac.dsl.ide.cli.LspCommand;
import org.diac.dsl.ide.cli.ProfileCommand;
import org.diac.dsl.ide.cli.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diac} command: one entry point for every DiaC tool. */
@Command(name = "diac", mixinStandardHelpOptions = true, version = "DiaC 1.0.0-SNAPSHOT",
		description = "Decentralized infrastructure as code: TOSCA 1.3 + the DiaC profile.",
		subcommands = { ValidateCommand.class,
				ExportCommand.class, // a FILE: the language's export; a NAME (or --from-chain): the chain's
				ProfileCommand.class, LspCommand.class, BenchCommand.class,
				NetworkCommand.class,
				PublishCommand.class,
				ProposeCommand.class,
				VoteCommand.class,
				ApproveCommand.class,
				AdoptCommand.class,
				ProposalsCommand.class,
				HistoryCommand.class })
public class Diac implements Runnable {

	@picocli.CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		CommandLine commandLine = new CommandLine(new Diac());
		// picocli reports wrong usage with exit code 2, as LANGUAGE.md §6 asks
		commandLine.setExitCodeExceptionMapper(e -> 2);
		System.exit(commandLine.execute(args));
	}
}
