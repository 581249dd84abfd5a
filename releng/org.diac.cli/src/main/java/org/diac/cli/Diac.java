package org.diac.cli;

import org.diac.chain.network.NetworkCommand;
import org.diac.dsl.ide.cli.ExportCommand;
import org.diac.dsl.ide.cli.LspCommand;
import org.diac.dsl.ide.cli.ProfileCommand;
import org.diac.dsl.ide.cli.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diac} command: one entry point for every DiaC tool. */
@Command(name = "diac", mixinStandardHelpOptions = true, version = "DiaC 1.0.0-SNAPSHOT",
		description = "Decentralized infrastructure as code: TOSCA 1.3 + the DiaC profile.",
		subcommands = { ValidateCommand.class, ExportCommand.class, ProfileCommand.class, LspCommand.class, BenchCommand.class,
				NetworkCommand.class })
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
