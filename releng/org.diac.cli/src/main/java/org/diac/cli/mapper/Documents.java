package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.diac.diagram.instances.DocumentAllocationInput;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.documents.DocumentLoader;
import org.diac.dsl.export.TreeExporter;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.DecentralizationCheck;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Violation;
import org.diac.mapper.instances.InstanceModel;
import org.diac.mapper.instances.InstanceModelBuilder;
import org.diac.mapper.instances.InstanceModelYaml;
import org.diac.mapper.instances.Trees;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The steps {@code diac map} and {@code diac plan} share: validate a file as {@code diac validate} does, parse and
 * link a document (from a file or from memory) and hand its model and plain tree to some work, map a document to
 * its allocation and instance model, and check an instance model through the language before anyone sees it.
 */
public final class Documents {

    /** A parsed and linked document: the language's model and the plain tree of the same text. */
    public record Parsed(ServiceTemplate template, Map<String, Object> tree) {
    }

    /** An epoch's mapping of a document: the allocation, its re-check, and the instance model (YAML and records). */
    public record Mapped(DocumentAllocationInput input, Allocation allocation, List<Violation> violations, InstanceModel model, String yaml) {
    }

    private final Injector injector;
    private final PrintWriter err;
    private final String command;

    public Documents(Injector injector, PrintWriter err, String command) {
        this.injector = injector;
        this.err = err;
        this.command = command;
    }

    /** Whether {@code file} has no error; its errors ({@code file:line:column: error CODE message}) go to stderr. */
    public boolean valid(Path file) throws IOException {
        List<Diagnostic> errors = injector.getInstance(DocumentValidation.class).validate(file).stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        errors.forEach(d -> err.println(d.toText()));
        if (!errors.isEmpty()) {
            err.println(command + ": " + file + " has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "; nothing done");
        }
        return errors.isEmpty();
    }

    <T> T parsed(Path file, Function<Parsed, T> work) throws IOException, ExecutionException, InterruptedException {
        return parsed(Files.readAllBytes(file), uri(file), work);
    }

    <T> T parsed(byte[] content, URI uri, Function<Parsed, T> work) throws ExecutionException, InterruptedException {
        DocumentLoader loader = injector.getInstance(DocumentLoader.class);
        return DocumentLoader.onLargeStack(command.replace(' ', '-'), () -> {
            XtextResource resource = loader.load(content, uri);
            EcoreUtil.resolveAll(resource);
            ServiceTemplate template = (ServiceTemplate) resource.getContents().get(0);
            return work.apply(new Parsed(template, Trees.map(TreeExporter.tree(template))));
        });
    }

    /**
     * Validates {@code file}, allocates its worker slots for the epoch and builds the instance model; null (with
     * the reasons on stderr) when the document has errors or lacks what the mapper needs.
     */
    public Mapped map(Path file, String worker, byte[] seed, long epoch) throws IOException, ExecutionException, InterruptedException {
        if (!valid(file)) {
            return null;
        }
        record Read(DocumentAllocationInput input, Map<String, Object> tree) {
        }
        Read read = parsed(file, parsed -> new Read(parsed.template().getTopology() == null
                ? new DocumentAllocationInput(null, null, List.of("the document has no topology_template"))
                : DocumentAllocationInput.of(parsed.template().getTopology(), worker, seed, epoch), parsed.tree()));
        if (!read.input().problems().isEmpty()) {
            read.input().problems().forEach(p -> err.println(command + ": " + file + ": " + p));
            return null;
        }
        Allocation allocation = Mapper.allocate(read.input().request());
        List<Violation> violations = DecentralizationCheck.check(read.input().request(), allocation, read.input().policy());
        InstanceModel model = InstanceModelBuilder.build(read.tree(), read.input().request(), allocation, null);
        return new Mapped(read.input(), allocation, violations, model, InstanceModelYaml.write(model));
    }

    /**
     * Where an instance model of {@code file} is read from: beside it, so that the document's relative imports
     * resolve as they do for the document.
     */
    public static URI instancesUri(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return URI.createFileURI(absolute.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".instances.yaml").toString());
    }

    /** The language's errors in {@code yaml} read as the document at {@code uri} ({@code line:column: CODE message}). */
    public List<String> errors(String yaml, URI uri) throws ExecutionException, InterruptedException {
        DocumentLoader loader = injector.getInstance(DocumentLoader.class);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        return DocumentLoader.onLargeStack(command.replace(' ', '-'), () -> {
            XtextResource resource = loader.load(yaml.getBytes(StandardCharsets.UTF_8), uri);
            List<String> errors = new ArrayList<>();
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
                    errors.add(issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getCode() + " " + issue.getMessage());
                }
            }
            return errors;
        });
    }

    static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}
