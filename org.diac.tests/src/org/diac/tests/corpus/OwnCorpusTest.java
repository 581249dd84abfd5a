package org.diac.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own corpus (org.diac.tests/corpus, see its README): one small document per class of input that
 * real TOSCA files use. Valid files are accepted; invalid ones are rejected by the rule their first line names.
 */
class OwnCorpusTest {

	private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Z0-9-]+)(?:\\s+line\\s+(\\d+))?");

	@TestFactory
	Stream<DynamicTest> validDocumentsAreAccepted() throws IOException {
		return documents("valid").map(file -> DynamicTest.dynamicTest(name(file), () -> {
			List<Diagnostic> errors = errors(Documents.validate(file));
			assertTrue(errors.isEmpty(), () -> name(file) + " was rejected: " + errors);
		}));
	}

	@TestFactory
	Stream<DynamicTest> invalidDocumentsAreRejectedByTheNamedRule() throws IOException {
		return documents("invalid").map(file -> DynamicTest.dynamicTest(name(file), () -> {
			Matcher expect = EXPECT.matcher(Files.readAllLines(file).stream().findFirst().orElse(""));
			assertTrue(expect.lookingAt(), name(file) + ": the first line must be '# expect: CODE [line N]'");
			String code = expect.group(1);
			Integer line = expect.group(2) == null ? null : Integer.valueOf(expect.group(2));
			List<Diagnostic> errors = errors(Documents.validate(file));
			assertFalse(errors.isEmpty(), name(file) + " was accepted; expected " + code);
			assertTrue(errors.stream().anyMatch(d -> d.code().equals(code) && (line == null || d.line() == line)),
					() -> name(file) + ": expected " + code + (line == null ? "" : " at line " + line) + ", got " + errors);
		}));
	}

	private static Stream<Path> documents(String kind) throws IOException {
		Path root = Documents.repository().resolve("org.diac.tests/corpus").resolve(kind);
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|tosca|diac)$"))
					.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList().stream();
		}
	}

	private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
	}

	private static String name(Path file) {
		return Documents.repository().resolve("org.diac.tests/corpus").relativize(file).toString();
	}
}
