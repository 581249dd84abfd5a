package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.mapper.allocation.Allocation;

import com.google.gson.GsonBuilder;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diac map FILE --seed HEX [--epoch N] [--format json|table] [--instances] [--out FILE]}: the allocation of one
 * epoch (issue 11 item 2), or with {@code --instances} the instance model made from it (item 3).
 * The document is validated first, as {@code diac validate} does; a document with errors gets no allocation.
 * The result is re-checked against the Decentralization policy; violations go to stderr and make the exit 1.
 */
@Command(name = "map", mixinStandardHelpOptions = true, description = {
        "Allocates the document's worker slots to operators and groups for one epoch, from a 32-byte seed",
        "(the epoch's VRF output beta). Exit 0: allocated; 1: the document has errors or the result breaks",
        "its Decentralization policy; 2: wrong usage or an unreadable file." })
public class MapCommand implements Callable<Integer> {

    public enum Format {
        json, table
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "the DiaC document")
    Path file;

    @Option(names = "--seed", required = true, paramLabel = "HEX", converter = HexArgument.Converter.class,
            description = "the epoch's seed, 32 bytes (the VRF output beta)")
    HexArgument seed;

    @Option(names = "--epoch", defaultValue = "0", paramLabel = "N", description = "the epoch number (default: ${DEFAULT-VALUE})")
    long epoch;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--worker", paramLabel = "NAME", description = "the worker template, when the document has several")
    String worker;

    @Option(names = "--instances", description = "write the instance model (a TOSCA service template, one node template per "
            + "worker slot, LANGUAGE.md §7) as YAML instead of the allocation")
    boolean instances;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path out;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seed.bytes().length != 32) {
            err.println("diac map: the seed is " + seed.bytes().length + " bytes; it must be 32 (64 hex digits)");
            return VrfCommand.USAGE;
        }
        if (epoch < 0) {
            err.println("diac map: the epoch is a number >= 0");
            return VrfCommand.USAGE;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("diac map: cannot read " + file);
            return VrfCommand.USAGE;
        }
        try {
            Injector injector = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration();
            Documents documents = new Documents(injector, err, "diac map");
            Documents.Mapped mapped = documents.map(file, worker, seed.bytes(), epoch);
            if (mapped == null) {
                return VrfCommand.INVALID;
            }
            String output;
            if (instances) {
                // the instance model is checked through the language before anyone sees it (LANGUAGE.md §7)
                List<String> errors = documents.errors(mapped.yaml(), Documents.instancesUri(file));
                if (!errors.isEmpty()) {
                    errors.forEach(e -> err.println("diac map: instance model: " + e));
                    err.println("diac map: the instance model of " + file + " does not validate; please report it");
                    return VrfCommand.INVALID;
                }
                output = mapped.yaml();
            } else {
                output = format == Format.json ? json(mapped.allocation()) : AllocationTable.of(mapped.allocation(), mapped.input().request());
            }
            if (out != null) {
                Path parent = out.toAbsolutePath().getParent();
                Path temporary = Files.createTempFile(parent, ".diac-map", ".tmp");
                Files.writeString(temporary, output);
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                stdout.print(output);
                stdout.flush();
            }
            mapped.violations().forEach(v -> err.println("diac map: " + v.code() + " " + v.reason()));
            return mapped.violations().isEmpty() ? VrfCommand.OK : VrfCommand.INVALID;
        } catch (IOException e) {
            err.println("diac map: cannot read " + file + " or write " + out + ": " + e.getMessage());
            return VrfCommand.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return VrfCommand.USAGE;
        } catch (ExecutionException e) {
            err.println("diac map: " + file + ": " + e.getCause());
            return VrfCommand.INVALID;
        }
    }

    /** The shape: {"epoch", "seed", "assignments": [{"instance", "group", "operator", "template"}]}. */
    static String json(Allocation allocation) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(allocation) + "\n";
    }
}
