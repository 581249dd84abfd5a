package org.diac.cli.mapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.model.DiacTopology;
import org.diac.mapper.plan.CycleException;
import org.diac.mapper.plan.OperatorShare;
import org.diac.mapper.plan.Plan;
import org.diac.mapper.plan.PlanGenerator;
import org.diac.mapper.plan.PlanJson;
import org.diac.mapper.plan.PlanTable;
import org.diac.mapper.plan.PlanTopology;
import org.diac.mapper.plan.UnknownOperatorException;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diac plan FILE [--seed HEX] [--operator NAME] [--from OLD] [--format json|table]}: the deployment plan of an
 * instance model (issue 11 item 4). With {@code --seed} FILE is a type-level document, mapped first (as
 * {@code diac map --instances} does); without it FILE is planned as it is (an instance model written by
 * {@code diac map --instances}, or any TOSCA document without multi-instance workers).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, description = {
        "The TOSCA 1.3 deployment plan of an instance model: Standard create/configure/start and the relationships'",
        "Configure operations in topological order, for every operator or for one; with --from, the stop/delete",
        "steps of the instances that leave and the deployment of those that join.",
        "Exit 0: planned; 1: a document has errors, the requirements loop, or the operator is unknown;",
        "2: wrong usage or an unreadable file." })
public class PlanCommand implements Callable<Integer> {

    public enum Format {
        json, table
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "a DiaC document (with --seed) or an instance model")
    Path file;

    @Option(names = "--seed", paramLabel = "HEX", converter = HexArgument.Converter.class,
            description = "map FILE's workers with this epoch seed (32 bytes) first")
    HexArgument seed;

    @Option(names = "--epoch", defaultValue = "0", paramLabel = "N", description = "the epoch number, with --seed (default: ${DEFAULT-VALUE})")
    long epoch;

    @Option(names = "--worker", paramLabel = "NAME", description = "the worker template, when the document has several")
    String worker;

    @Option(names = "--operator", paramLabel = "NAME", description = "only this operator's share: its steps, and waits for what they depend on")
    String operator;

    @Option(names = "--from", paramLabel = "OLD_INSTANCES_FILE",
            description = "the previous instance model: instances that leave are stopped and deleted, those that join deployed")
    Path from;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seed != null && seed.bytes().length != 32) {
            err.println("diac plan: the seed is " + seed.bytes().length + " bytes; it must be 32 (64 hex digits)");
            return VrfCommand.USAGE;
        }
        for (Path path : from == null ? List.of(file) : List.of(file, from)) {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                err.println("diac plan: cannot read " + path);
                return VrfCommand.USAGE;
            }
        }
        try {
            Injector injector = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration();
            Documents documents = new Documents(injector, err, "diac plan");
            PlanTopology topology = seed != null ? mapped(documents, err) : asWritten(documents, file, err);
            if (topology == null) {
                return VrfCommand.INVALID;
            }
            Plan plan;
            if (from != null) {
                PlanTopology previous = asWritten(documents, from, err);
                if (previous == null) {
                    return VrfCommand.INVALID;
                }
                plan = PlanGenerator.transition(previous, topology);
            } else {
                plan = PlanGenerator.deploy(topology);
            }
            if (operator != null) {
                plan = OperatorShare.of(plan, topology, operator);
            }
            out.print(format == Format.json ? PlanJson.write(plan) : PlanTable.write(plan));
            out.flush();
            return VrfCommand.OK;
        } catch (CycleException | UnknownOperatorException e) {
            err.println("diac plan: " + e.getMessage());
            return VrfCommand.INVALID;
        } catch (IOException e) {
            err.println("diac plan: cannot read " + file + ": " + e.getMessage());
            return VrfCommand.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return VrfCommand.USAGE;
        } catch (ExecutionException e) {
            err.println("diac plan: " + file + ": " + e.getCause());
            return VrfCommand.INVALID;
        }
    }

    /** FILE mapped with the seed into its instance model, checked through the language, then read as a topology. */
    private PlanTopology mapped(Documents documents, PrintWriter err) throws IOException, ExecutionException, InterruptedException {
        Documents.Mapped mapped = documents.map(file, worker, seed.bytes(), epoch);
        if (mapped == null) {
            return null;
        }
        mapped.violations().forEach(v -> err.println("diac plan: " + v.code() + " " + v.reason()));
        if (!mapped.violations().isEmpty()) {
            return null;
        }
        List<String> errors = documents.errors(mapped.yaml(), Documents.instancesUri(file));
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("diac plan: instance model: " + e));
            err.println("diac plan: the instance model of " + file + " does not validate; please report it");
            return null;
        }
        return documents.parsed(mapped.yaml().getBytes(StandardCharsets.UTF_8), Documents.instancesUri(file),
                parsed -> PlanTopologyReader.read(parsed.template()));
    }

    /** {@code path} validated and read as it is; a worker standing for several instances needs --seed first. */
    private PlanTopology asWritten(Documents documents, Path path, PrintWriter err) throws IOException, ExecutionException, InterruptedException {
        if (!documents.valid(path)) {
            return null;
        }
        List<String> unmapped = new ArrayList<>();
        PlanTopology topology = documents.parsed(path, parsed -> {
            if (parsed.template().getTopology() != null) {
                for (NodeTemplate worker : DiacTopology.of(parsed.template().getTopology()).templatesOf(DiacTopology.WORKER)) {
                    BigInteger instances = DiacTopology.instances(worker);
                    if (instances == null || instances.compareTo(BigInteger.ONE) > 0) {
                        unmapped.add(worker.getName() + " (" + (instances == null ? "instances known at deployment" : instances + " instances") + ")");
                    }
                }
            }
            return PlanTopologyReader.read(parsed.template());
        });
        if (!unmapped.isEmpty()) {
            err.println("diac plan: " + path + " has worker templates that stand for several instances: " + String.join(", ", unmapped)
                    + "; give --seed HEX to map them, or plan the instance model that `diac map --instances` writes");
            return null;
        }
        return topology;
    }
}
