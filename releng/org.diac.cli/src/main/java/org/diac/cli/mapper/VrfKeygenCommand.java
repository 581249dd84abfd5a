package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.bouncycastle.util.encoders.Hex;
import org.diac.mapper.vrf.VrfSecretKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diac vrf keygen [--out FILE]}: a fresh VRF key pair. */
@Command(name = "keygen", mixinStandardHelpOptions = true, description = {
        "Generates a VRF key pair and prints the public key (33 bytes, hex).",
        "With --out the secret key goes to FILE (hex, owner-only, never overwritten); without, it is printed too." })
public class VrfKeygenCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the secret key (hex)")
    Path out;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        VrfSecretKey key = VrfSecretKey.generate(new SecureRandom());
        String publicKey = Hex.toHexString(key.publicKey().toBytes());
        if (out == null) {
            stdout.println("secret_key " + Hex.toHexString(key.toBytes()));
            stdout.println("public_key " + publicKey);
            stdout.flush();
            return VrfCommand.OK;
        }
        try {
            write(out, Hex.toHexString(key.toBytes()) + "\n");
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("diac vrf keygen: " + out + " exists; a secret key is never overwritten");
            return VrfCommand.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("diac vrf keygen: cannot write " + out + ": " + e.getMessage());
            return VrfCommand.USAGE;
        }
        stdout.println(publicKey);
        stdout.flush();
        return VrfCommand.OK;
    }

    /** Created new, readable by its owner only where the file system knows POSIX permissions. */
    private static void write(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
