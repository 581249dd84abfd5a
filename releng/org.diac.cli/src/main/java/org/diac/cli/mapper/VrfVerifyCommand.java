package org.diac.cli.mapper;

import java.util.concurrent.Callable;

import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diac vrf verify --public-key HEX --alpha HEX --proof HEX}: beta of a valid proof, exit 0; else the reason, exit 1. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Verifies a proof; prints the 32-byte beta (hex) and exits 0 when it holds,",
        "prints why not on stderr and exits 1 when it does not." })
public class VrfVerifyCommand implements Callable<Integer> {

    @Option(names = "--public-key", required = true, paramLabel = "HEX", converter = HexArgument.Converter.class,
            description = "the prover's public key (33 bytes, compressed)")
    HexArgument publicKey;

    @Option(names = "--alpha", required = true, paramLabel = "HEX", converter = HexArgument.Converter.class, description = "the input, hex")
    HexArgument alpha;

    @Option(names = "--proof", required = true, paramLabel = "HEX", converter = HexArgument.Converter.class, description = "pi (81 bytes)")
    HexArgument proof;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VrfOutcome outcome = Ecvrf.verify(publicKey.bytes(), alpha.bytes(), proof.bytes());
        if (outcome instanceof VrfOutcome.Valid valid) {
            spec.commandLine().getOut().println(valid.betaHex());
            spec.commandLine().getOut().flush();
            return VrfCommand.OK;
        }
        spec.commandLine().getErr().println("diac vrf verify: invalid proof: " + ((VrfOutcome.Invalid) outcome).reason());
        spec.commandLine().getErr().flush();
        return VrfCommand.INVALID;
    }
}
