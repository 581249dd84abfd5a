package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.DecentralizationCheck;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Violation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.GsonBuilder;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diac map FILE --seed HEX [--epoch N] [--format json|table]}: the allocation of one epoch (issue 11 item 2).
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

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
            List<Diagnostic> diagnostics = injector.getInstance(DocumentValidation.class).validate(file);
            List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                errors.forEach(d -> err.println(d.toText()));
                err.println("diac map: " + file + " has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "; no allocation");
                return VrfCommand.INVALID;
            }
            DocumentLoader loader = injector.getInstance(DocumentLoader.class);
            byte[] content = Files.readAllBytes(file);
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            DocumentAllocationInput input = DocumentLoader.onLargeStack("diac-map", () -> {
                XtextResource resource = loader.load(content, uri);
                EcoreUtil.resolveAll(resource);
                ServiceTemplate template = (ServiceTemplate) resource.getContents().get(0);
                if (template.getTopology() == null) {
                    return new DocumentAllocationInput(null, null, List.of("the document has no topology_template"));
                }
                return DocumentAllocationInput.of(template.getTopology(), worker, seed.bytes(), epoch);
            });
            if (!input.problems().isEmpty()) {
                input.problems().forEach(p -> err.println("diac map: " + file + ": " + p));
                return VrfCommand.INVALID;
            }
            Allocation allocation = Mapper.allocate(input.request());
            List<Violation> violations = DecentralizationCheck.check(input.request(), allocation, input.policy());
            out.print(format == Format.json ? json(allocation) : AllocationTable.of(allocation, input.request()));
            out.flush();
            violations.forEach(v -> err.println("diac map: " + v.code() + " " + v.reason()));
            return violations.isEmpty() ? VrfCommand.OK : VrfCommand.INVALID;
        } catch (IOException e) {
            err.println("diac map: cannot read " + file + ": " + e.getMessage());
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
