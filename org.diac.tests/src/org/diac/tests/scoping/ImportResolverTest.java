package org.diac.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports resolve relative to the importing document first (TOSCA 1.3 §3.6.3), then by the layout tosca-parser also
 * accepts: leading folders that repeat the end of the importing document's folder. That fallback loads the file and
 * warns with TOSCA-IMPORT-RESOLVED-ELSEWHERE, naming the file used.
 */
class ImportResolverTest {

	private static final String TYPES = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			node_types:
			  my.Server:
			    derived_from: tosca.nodes.Compute
			""";

	private static final String MAIN = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			imports:
			  - custom_types/types.yaml
			topology_template:
			  node_templates:
			    server:
			      type: my.Server
			""";

	@TempDir
	Path root;

	@Test
	void importRepeatingTheImportersFolderLoadsTheFileBesideItWithAWarningNamingIt() throws IOException {
		Path folder = Files.createDirectories(root.resolve("custom_types"));
		Files.writeString(folder.resolve("types.yaml"), TYPES);
		List<Diagnostic> diagnostics = Documents.validate(write(folder.resolve("main.yaml"), MAIN));
		assertEquals(List.of("TOSCA-IMPORT-RESOLVED-ELSEWHERE"), Documents.codes(diagnostics), diagnostics::toString);
		Diagnostic warning = diagnostics.get(0);
		assertEquals(Diagnostic.Severity.WARNING, warning.severity());
		assertEquals(3, warning.line());
		// the rule: the warning names the file it used
		assertTrue(warning.message().contains(folder.resolve("types.yaml").toString()), warning::message);
	}

	@Test
	void importRelativeToTheImporterWinsWithoutWarning() throws IOException {
		Path folder = Files.createDirectories(root.resolve("custom_types"));
		Files.writeString(folder.resolve("types.yaml"), TYPES.replace("my.Server", "my.Other"));
		Files.createDirectories(folder.resolve("custom_types"));
		Files.writeString(folder.resolve("custom_types/types.yaml"), TYPES);
		assertEquals(List.of(), Documents.validate(write(folder.resolve("main.yaml"), MAIN)));
	}

	@Test
	void folderMatchingOnlyPartOfAFolderNameIsNoFallback() throws IOException {
		Path folder = Files.createDirectories(root.resolve("my_custom_types"));
		Files.writeString(folder.resolve("types.yaml"), TYPES);
		List<String> codes = Documents.errorCodes(Documents.validate(write(folder.resolve("main.yaml"), MAIN)));
		assertTrue(codes.contains("TOSCA-IMPORT-MISSING"), codes::toString);
	}

	@Test
	void severalRepeatedFoldersResolveLikeOne() throws IOException {
		Path folder = Files.createDirectories(root.resolve("data/custom_types"));
		Files.writeString(folder.resolve("types.yaml"), TYPES);
		List<Diagnostic> diagnostics = Documents.validate(write(folder.resolve("main.yaml"), MAIN.replace("custom_types/types.yaml",
				"data/custom_types/types.yaml")));
		assertEquals(List.of("TOSCA-IMPORT-RESOLVED-ELSEWHERE"), Documents.codes(diagnostics), diagnostics::toString);
	}

	@Test
	void fallbackThatFindsNothingReportsTheImportMissing() throws IOException {
		Path folder = Files.createDirectories(root.resolve("custom_types"));
		List<String> codes = Documents.codes(Documents.validate(write(folder.resolve("main.yaml"), MAIN)));
		assertTrue(codes.contains("TOSCA-IMPORT-MISSING") && !codes.contains("TOSCA-IMPORT-RESOLVED-ELSEWHERE"), codes::toString);
	}

	private static Path write(Path file, String text) throws IOException {
		Files.writeString(file, text);
		return file;
	}
}
