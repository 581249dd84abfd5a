package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.bouncycastle.util.encoders.Hex;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfProof;
import org.diac.mapper.vrf.VrfSecretKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diac vrf prove --key FILE --alpha HEX}: the proof pi and output beta for alpha. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = "Proves alpha with the secret key in FILE; prints 'pi HEX' (81 bytes) and 'beta HEX' (32 bytes).")
public class VrfProveCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the secret key file (hex) of 'diac vrf keygen --out'")
    Path keyFile;

    @Option(names = "--alpha", required = true, paramLabel = "HEX", converter = HexArgument.Converter.class, description = "the input, hex")
    HexArgument alpha;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<VrfSecretKey> key;
        try {
            String hex = Files.readString(keyFile).strip();
            key = hex.matches("[0-9a-fA-F]{64}") ? VrfSecretKey.fromBytes(Hex.decode(hex)) : Optional.empty();
        } catch (IOException e) {
            err.println("diac vrf prove: cannot read " + keyFile + ": " + e.getMessage());
            return VrfCommand.USAGE;
        }
        if (key.isEmpty()) {
            err.println("diac vrf prove: " + keyFile + " does not hold a P-256 secret key (64 hex digits, 1 <= x < q)");
            return VrfCommand.USAGE;
        }
        VrfProof proof = Ecvrf.prove(key.get(), alpha.bytes());
        PrintWriter out = spec.commandLine().getOut();
        out.println("pi " + Hex.toHexString(proof.toBytes()));
        out.println("beta " + Hex.toHexString(Ecvrf.proofToHash(proof)));
        out.flush();
        return VrfCommand.OK;
    }
}
