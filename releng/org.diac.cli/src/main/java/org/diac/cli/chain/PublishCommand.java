package org.diac.cli.chain;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ImportedFile;
import java.util.List;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac publish FILE}: validate, then store the document as the next version of its name on chain. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = {
        "Validate a document and publish it on chain as the next version of its name (metadata.template_name, or "
                + "--name). Refuses, printing the diagnostics, when the document has errors.",
        "Exit: 0 published, 1 validation errors or refused by the chaincode, 2 wrong usage or unreadable file, "
                + "3 network not reachable, 4 transaction failed."})
public class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--name", paramLabel = "NAME", description = "name on chain (default: metadata.template_name)")
    String name;

    @Parameters(arity = "1", paramLabel = "FILE", description = "the document (.diac, .tosca, .yaml, any path)")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidatedDocument doc = ValidatedDocument.of("publish", file, err);
        if (doc == null) {
            return LedgerOptions.USAGE;
        }
        doc.report("publish", out, err);
        if (doc.hasErrors()) {
            return LedgerOptions.REFUSED;
        }
        String onChain = name != null ? name : doc.templateName();
        if (onChain == null) {
            err.println("diac publish: " + file + " has no metadata.template_name: give its name on chain with --name");
            return LedgerOptions.USAGE;
        }
        List<ImportedFile> imports;
        try {
            imports = LocalImports.of(file);
        } catch (LocalImports.Unpublishable e) {
            err.println("diac publish: " + e.getMessage() + "; nothing was sent to the chain");
            return LedgerOptions.REFUSED;
        }
        return ledger.run("publish", err, l -> {
            long t = System.nanoTime();
            Submitted<VersionRecord> v = l.publish(onChain, doc.text(), imports);
            out.printf("published %s version %d (tx %s, block %d, %d ms, as %s)%s%n", v.value().name(),
                    v.value().version(), v.txId(), v.block(), (System.nanoTime() - t) / 1_000_000, l.identity().name(),
                    imports.isEmpty() ? "" : " with " + imports.size() + " imported file" + (imports.size() == 1 ? "" : "s")
                            + ": " + String.join(", ", imports.stream().map(ImportedFile::path).toList()));
            out.flush();
            return LedgerOptions.OK;
        });
    }
}
