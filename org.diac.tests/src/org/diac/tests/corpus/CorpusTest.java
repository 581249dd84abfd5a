package org.diac.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Grades the shared corpus of real TOSCA files (../shared/corpus, role=root rows): valid files must be accepted
 * (no error), invalid ones rejected (at least one error). The rates may only go up: {@link #BEST_VALID} and
 * {@link #BEST_INVALID} are the best reached so far (the ratchet); raise them when a change improves them.
 * Contested rows are graded separately, with the decision taken printed beside them.
 */
class CorpusTest {

	/** Best rate of uncontested valid files accepted so far. */
	static final double BEST_VALID = 0.968;
	/** Best rate of uncontested invalid files rejected so far. */
	static final double BEST_INVALID = 1.0;

	record Row(String path, boolean valid, boolean contested, String expectedError) {
	}

	@Test
	void ratesNeverDropBelowTheBestReached() throws Exception {
		Path corpus = Documents.corpus();
		Assumptions.assumeTrue(corpus != null, "no shared corpus found (../shared/corpus beside the repository, or -Ddiac.corpus)");
		Path manifest = corpus.resolve("MANIFEST.tsv");
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
			String[] f = line.split("\t", -1);
			if (f.length >= 9 && f[7].startsWith("role=root")) {
				rows.add(new Row(f[0], "valid".equals(f[5]), "yes".equals(f[8]), f[6]));
			}
		}
		int validTotal = 0, validOk = 0, invalidTotal = 0, invalidOk = 0;
		List<String> misses = new ArrayList<>();
		List<String> contested = new ArrayList<>();
		for (Row row : rows) {
			List<Diagnostic> diagnostics = Documents.validate(corpus.resolve(row.path()));
			boolean rejected = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
			boolean ok = row.valid() != rejected;
			String decision = (rejected ? "rejected" : "accepted") + (rejected ? " (" + firstError(diagnostics) + ")" : "");
			if (row.contested()) {
				contested.add(String.format("  %-8s source says %-7s we %s: %s", ok ? "agree" : "differ", row.valid() ? "valid" : "invalid", decision, row.path()));
				continue;
			}
			if (row.valid()) {
				validTotal++;
				validOk += ok ? 1 : 0;
			} else {
				invalidTotal++;
				invalidOk += ok ? 1 : 0;
			}
			if (!ok) {
				misses.add("  " + (row.valid() ? "valid file rejected: " : "invalid file accepted: ") + row.path() + (row.valid() ? " — " + firstError(diagnostics) : " — expected: " + row.expectedError()));
			}
		}
		double validRate = (double) validOk / validTotal;
		double invalidRate = (double) invalidOk / invalidTotal;
		System.out.printf("corpus: valid accepted %d/%d (%.1f%%), invalid rejected %d/%d (%.1f%%), contested %d%n", validOk, validTotal,
				100 * validRate, invalidOk, invalidTotal, 100 * invalidRate, contested.size());
		misses.forEach(System.out::println);
		System.out.println("contested files and the decision taken:");
		contested.forEach(System.out::println);
		assertTrue(validRate >= BEST_VALID, String.format("valid acceptance %.3f dropped below the ratchet %.3f", validRate, BEST_VALID));
		assertTrue(invalidRate >= BEST_INVALID, String.format("invalid rejection %.3f dropped below the ratchet %.3f", invalidRate, BEST_INVALID));
	}

	private static String firstError(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst()
				.map(d -> d.code() + " at " + Path.of(d.file()).getFileName() + ":" + d.line()).orElse("-");
	}
}
