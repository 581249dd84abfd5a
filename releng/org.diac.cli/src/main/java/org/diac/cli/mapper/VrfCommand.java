package org.diac.cli.mapper;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code diac vrf keygen | prove | verify}: ECVRF-P256-SHA256-TAI (RFC 9381) from the command line. */
@Command(name = "vrf", mixinStandardHelpOptions = true,
        description = "ECVRF-P256-SHA256-TAI (RFC 9381): keys, proofs and their verification.",
        subcommands = { VrfKeygenCommand.class, VrfProveCommand.class, VrfVerifyCommand.class })
public class VrfCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }
}
