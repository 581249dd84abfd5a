package org.diac.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code diac bench ...}: benchmarks that print tables (targets live here, never in timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print a table.",
		subcommands = { ParseBenchmark.class, org.diac.cli.chain.ChainBenchmarkCommand.class,
				org.diac.cli.mapper.MapperBenchmark.class, org.diac.cli.agent.DeployBenchmarkCommand.class })
public class BenchCommand implements Callable<Integer> {

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 2;
	}
}
