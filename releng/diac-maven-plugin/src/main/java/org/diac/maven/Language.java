package org.diac.maven;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.diac.cli.mapper.Documents;
import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;

/**
 * The language inside the Maven process: one injector per plugin class loader (Maven keeps the plugin's class
 * loader for the whole build, so the goals of one build set the language up once), validation as
 * {@code diac validate} does it, and the CLI's {@link Documents} for mapping.
 */
final class Language {

    private static Injector injector;

    private Language() {
    }

    static synchronized Injector injector() {
        if (injector == null) {
            // Guice builds objects by reflection, as the CLI does (no generated classes in a plugin class loader)
            if (System.getProperty("guice_bytecode_gen_option") == null) {
                System.setProperty("guice_bytecode_gen_option", "DISABLED");
            }
            injector = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** The CLI's document steps for {@code goal}; what they print on stderr goes to {@code err}. */
    static Documents documents(String goal, StringWriter err) {
        return new Documents(injector(), new PrintWriter(err, true), "diac:" + goal);
    }

    /**
     * Validates {@code files}, logging each diagnostic as {@code file:line:column: severity CODE message}; fails the
     * build naming every error (file, line, column, code) when there is one.
     */
    static void requireValid(List<Path> files, Log log) throws MojoFailureException {
        DocumentValidation validation = injector().getInstance(DocumentValidation.class);
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            List<Diagnostic> diagnostics;
            try {
                diagnostics = validation.validate(file);
            } catch (IOException e) {
                throw new MojoFailureException("diac: cannot read " + file + ": " + e.getMessage(), e);
            }
            for (Diagnostic d : diagnostics) {
                switch (d.severity()) {
                    case ERROR -> {
                        log.error(d.toText());
                        errors.add(d.toText());
                    }
                    case WARNING -> log.warn(d.toText());
                    default -> log.info(d.toText());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException(errors.size() + " DiaC error" + (errors.size() == 1 ? "" : "s") + ":\n"
                    + String.join("\n", errors));
        }
        log.info("diac: " + files.size() + " document" + (files.size() == 1 ? "" : "s") + " valid");
    }
}
