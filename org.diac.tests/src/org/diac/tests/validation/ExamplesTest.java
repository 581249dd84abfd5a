package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.diac.dsl.library.BuiltInLibrary;
import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples are documentation and regression tests at once: each validates without a diagnostic. */
class ExamplesTest {

	static Stream<Path> documents() throws IOException {
		Path examples = Documents.repository().resolve("examples");
		List<Path> files;
		try (Stream<Path> list = Files.list(examples)) {
			files = list.filter(p -> p.toString().endsWith(".diac")).sorted().toList();
		}
		assertFalse(files.isEmpty(), "no examples found in " + examples);
		Path library = Documents.repository().resolve("org.diac.dsl/src/org/diac/dsl/library");
		return Stream.concat(files.stream(), BuiltInLibrary.FILES.stream().map(library::resolve));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void validatesCleanly(Path document) throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(document);
		assertEquals(List.of(), diagnostics.stream().map(Diagnostic::toText).toList());
	}
}
