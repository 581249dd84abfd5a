package org.diac.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A document file checked the way {@code diac validate} checks it, before its text goes to the chain: the chain
 * client never sees a document with errors, and never depends on the language.
 */
public record ValidatedDocument(Path file, String text, List<Diagnostic> diagnostics) {

    /** Reads and validates {@code file}; null (after printing why) when it cannot be read. */
    public static ValidatedDocument of(String command, Path file, PrintWriter err) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("diac " + command + ": cannot read " + file + (Files.isDirectory(file) ? " (a directory)"
                    : " (no such readable file)"));
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            DocumentValidation validation = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration()
                    .getInstance(DocumentValidation.class);
            return new ValidatedDocument(file, text, validation.validate(file));
        } catch (IOException e) {
            err.println("diac " + command + ": cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** Prints the diagnostics; with errors, also that nothing went to the chain. */
    public void report(String command, PrintWriter out, PrintWriter err) {
        diagnostics.forEach(d -> out.println(d.toText()));
        out.flush();
        if (hasErrors()) {
            long n = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
            err.println("diac " + command + ": " + file + " has " + n + " error" + (n == 1 ? "" : "s")
                    + "; nothing was sent to the chain");
            err.flush();
        }
    }

    /** {@code metadata.template_name}, the document's name on chain, or null. */
    public String templateName() {
        try {
            Object doc = new Load(LoadSettings.builder().build()).loadFromString(text);
            if (doc instanceof Map<?, ?> m && m.get("metadata") instanceof Map<?, ?> meta
                    && meta.get("template_name") != null) {
                String name = String.valueOf(meta.get("template_name")).trim();
                return name.isEmpty() ? null : name;
            }
        } catch (RuntimeException e) {
            // a YAML stream or the like: validation has said what is wrong
        }
        return null;
    }
}
