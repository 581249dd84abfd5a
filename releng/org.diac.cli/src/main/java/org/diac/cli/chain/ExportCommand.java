package org.diac.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ImportedFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diac export FILE|NAME}: one command for both exports. An argument that is an existing file is a document
 * file, exported by the language ({@link org.diac.dsl.ide.cli.ExportCommand}, unchanged); any other argument, or
 * any argument with {@code --from-chain}, is a document's name on chain, exported by the chaincode.
 */
@Command(name = "export", description = {
        "Export a document as YAML or JSON: a FILE as written (every key in its order, references as written), or "
                + "a NAME from the chain (version --version, default the latest; --resolve substitutes module "
                + "references and input defaults). An existing file is read as a file; --from-chain forces a name.",
        "Exit: 0 exported, 1 syntax errors in FILE or refused by the chaincode (unknown document, ...), 2 wrong "
                + "usage or unwritable output, 3 network not reachable."})
public class ExportCommand implements Callable<Integer> {

    public enum Format {
        yaml, json
    }

    @Spec
    CommandSpec spec;

    // no standard help mixin: its -V/--version would take --version, which here is the document's version
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of standard output")
    Path out;

    @Option(names = "--from-chain", description = "the argument is a document name on chain, even if a file has it")
    boolean fromChain;

    @Option(names = "--version", paramLabel = "N", description = "chain: the version (default: the latest)")
    Long version;

    @Option(names = "--resolve", description = "chain: substitute {{module.path}} references and input defaults")
    boolean resolve;

    @Option(names = "--instances", description = "chain: the instance model of the latest epoch instead (one node "
            + "template per slot, with the status and ipv4_addr each operator reported; YAML or JSON)")
    boolean instances;

    @Parameters(arity = "1", paramLabel = "FILE|NAME", description = "a document file, or a document's name on chain")
    String argument;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!fromChain && Files.exists(Path.of(argument))) {
            if (version != null || resolve || instances || ledger.identity != null || ledger.profile != null) {
                err.println("diac export: " + argument + " is a file: --version, --resolve, --instances, --identity and --profile "
                        + "are for a document on chain (add --from-chain to read the name " + argument + " there)");
                return LedgerOptions.USAGE;
            }
            return exportFile(stdout, err);
        }
        if (version != null && version < 1) {
            err.println("diac export: --version is 1 or more");
            return LedgerOptions.USAGE;
        }
        if (instances && (version != null || resolve)) {
            err.println("diac export: --instances is the latest epoch's instance model of the latest version; "
                    + "--version and --resolve do not apply");
            return LedgerOptions.USAGE;
        }
        String text;
        List<ImportedFile> imports;
        try (DiacLedger l = ledger.connect()) {
            if (instances) {
                return writeInstances(l, stdout, err);
            }
            long v = version == null ? 0 : version;
            text = l.export(argument, v, DiacLedger.Format.valueOf(format.name().toUpperCase(Locale.ROOT)), resolve);
            imports = l.imports(argument, v);
        } catch (ChainException e) {
            return LedgerOptions.fail("export", e, err);
        }
        if (out == null) {
            stdout.print(text.endsWith("\n") ? text : text + "\n");
            stdout.flush();
            if (!imports.isEmpty()) {
                err.println("diac export: " + argument + " imports " + imports.size() + " local file"
                        + (imports.size() == 1 ? "" : "s") + " (" + String.join(", ", imports.stream()
                                .map(ImportedFile::path).toList()) + "); --out FILE writes them beside it");
                err.flush();
            }
            return LedgerOptions.OK;
        }
        try {
            Path folder = out.toAbsolutePath().normalize().getParent();
            for (ImportedFile f : imports) {
                // the chain refuses such paths; checked again, so that no ledger content ever writes outside
                Path target = folder.resolve(f.path()).normalize();
                if (!target.startsWith(folder) || target.equals(out.toAbsolutePath().normalize())) {
                    err.println("diac export: imported file path '" + f.path() + "' would leave " + folder
                            + " or replace the document; nothing was written");
                    return LedgerOptions.REFUSED;
                }
            }
            for (ImportedFile f : imports) {
                Path target = folder.resolve(f.path()).normalize();
                Files.createDirectories(target.getParent());
                org.diac.dsl.ide.cli.ExportCommand.writeAtomically(f.content(), target);
                stdout.println("wrote " + target + " (imported)");
            }
            org.diac.dsl.ide.cli.ExportCommand.writeAtomically(text, out); // one atomic write for both exports
            stdout.println("wrote " + out);
            stdout.flush();
            return LedgerOptions.OK;
        } catch (IOException e) {
            err.println("diac export: cannot write " + out + ": " + e.getMessage());
            return LedgerOptions.USAGE;
        }
    }

    /** {@code --instances}: the adopted state's instance model, with what the operators reported. */
    private int writeInstances(DiacLedger l, PrintWriter stdout, PrintWriter err) {
        AdoptedState state;
        try {
            state = AdoptedState.read(l, argument);
        } catch (AdoptedState.Unallocatable e) {
            err.println("diac export: " + e.getMessage());
            return LedgerOptions.REFUSED;
        }
        String text = format == Format.json
                ? new com.google.gson.GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create()
                        .toJson(state.model().toTree()) + "\n"
                : org.diac.mapper.instances.InstanceModelYaml.write(state.model());
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return LedgerOptions.OK;
        }
        try {
            org.diac.dsl.ide.cli.ExportCommand.writeAtomically(text, out);
            stdout.println("wrote " + out + " (epoch " + state.epoch().epoch() + ", version " + state.version() + ")");
            stdout.flush();
            return LedgerOptions.OK;
        } catch (IOException e) {
            err.println("diac export: cannot write " + out + ": " + e.getMessage());
            return LedgerOptions.USAGE;
        }
    }

    private int exportFile(PrintWriter stdout, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of("--format", format.name()));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.add(argument);
        CommandLine language = new CommandLine(new org.diac.dsl.ide.cli.ExportCommand());
        language.setOut(stdout);
        language.setErr(err);
        return language.execute(args.toArray(String[]::new));
    }
}
