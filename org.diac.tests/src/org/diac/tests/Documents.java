package org.diac.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;

import com.google.inject.Injector;

/** Validates documents the way `diac validate` does: each its own root, with imports and the built-in library. */
public final class Documents {

	private static Injector injector;

	private Documents() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static List<Diagnostic> validate(Path file) throws IOException {
		return injector().getInstance(DocumentValidation.class).validate(file);
	}

	/** Writes {@code text} to a fresh file (so that relative imports resolve beside it) and validates it. */
	public static List<Diagnostic> validate(String text) throws IOException {
		Path directory = Files.createTempDirectory("diac-test");
		Path file = directory.resolve("document.diac");
		Files.writeString(file, text);
		return validate(file);
	}

	public static List<String> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::code).toList();
	}

	public static List<String> errorCodes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::code).toList();
	}

	/** The repository root: set by the build (tycho-surefire systemPropertyVariables), else the working directory's parent. */
	public static Path repository() {
		String configured = System.getProperty("diac.repo");
		return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
	}

	/** The shared corpus, read in place: where configured, beside the repository, or where the machine keeps it; null if absent. */
	public static Path corpus() {
		List<Path> candidates = new ArrayList<>();
		if (System.getProperty("diac.corpus") != null) {
			candidates.add(Path.of(System.getProperty("diac.corpus")));
		}
		candidates.add(repository().resolveSibling("shared").resolve("corpus"));
		candidates.add(Path.of("/work/shared/corpus"));
		return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("MANIFEST.tsv"))).findFirst().orElse(null);
	}
}
