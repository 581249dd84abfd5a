package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diac.dsl.export.DocumentExport;
import org.diac.tests.Documents;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Formatting edits whitespace where YAML gives it no meaning, and nothing else: checked on a messy document
 * (exact result), and on the examples and every corpus file that parses, where the formatted text must read as
 * the same data (the DiaC export tree, and snakeyaml-engine's YAML 1.2 reading) and formatting again changes
 * nothing.
 */
class FormattingTest extends LspSessionTest {

	private static final DocumentExport EXPORT = Documents.injector().getInstance(DocumentExport.class);

	@Test
	void removesTrailingSpacesExtraSpacesAfterColonsAndTrailingBlankLinesOnly() throws Exception {
		String messy = "tosca_definitions_version:    tosca_simple_yaml_1_3   \n"
				+ "topology_template:  \n"
				+ "  node_templates:   # the nodes   \n"
				+ "    web:\n"
				+ "      type:   tosca.nodes.Compute\n"
				+ "      description: |+\n"
				+ "        kept   \n"
				+ "\n"
				+ "      metadata: { a:   1,   b: 2 }   \n"
				+ "\n\n\n";
		String expected = "tosca_definitions_version: tosca_simple_yaml_1_3\n"
				+ "topology_template:\n"
				+ "  node_templates:   # the nodes\n"
				+ "    web:\n"
				+ "      type: tosca.nodes.Compute\n"
				+ "      description: |+\n"
				+ "        kept   \n"
				+ "\n"
				+ "      metadata: { a: 1,   b: 2 }\n";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected), "formatting is idempotent");
	}

	@Test
	void rangeFormattingEditsOnlyInsideTheRange() throws Exception {
		String text = "tosca_definitions_version: tosca_simple_yaml_1_3   \ndescription:    first   \nmetadata:\n  a:    1   \n";
		String uri = session.open(text);
		session.diagnostics(uri);
		DocumentRangeFormattingParams params = new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), options(),
				new Range(new Position(1, 0), new Position(2, 0)));
		List<? extends TextEdit> edits = LspSession.get(session.server().getTextDocumentService().rangeFormatting(params));
		assertEquals(text.replace("description:    first   \n", "description: first\n"), LspSession.apply(text, List.copyOf(edits)));
	}

	@Test
	void formattedExamplesAndCorpusFilesReadAsTheSameData() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> examples = Files.list(Documents.repository().resolve("examples"))) {
			examples.filter(file -> file.toString().endsWith(".diac")).sorted().forEach(files::add);
		}
		Path corpus = Documents.corpus();
		if (corpus != null) {
			try (Stream<Path> all = Files.walk(corpus)) {
				all.filter(file -> file.toString().matches(".*\\.(ya?ml|diac|tosca)$")).sorted().forEach(files::add);
			}
		}
		int formatted = 0;
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			String text = Files.readString(file);
			DocumentExport.Result before = EXPORT.export(text.getBytes(StandardCharsets.UTF_8), file.toString(), URI.createFileURI(file.toString()));
			if (!before.exported()) {
				continue; // syntax errors: the server does not format such a document
			}
			String result = format(text);
			DocumentExport.Result after = EXPORT.export(result.getBytes(StandardCharsets.UTF_8), file.toString(), URI.createFileURI(file.toString()));
			if (!after.exported() || !before.tree().equals(after.tree())) {
				problems.add(file + ": the export tree changed");
			}
			if (!snakeyaml(text).equals(snakeyaml(result))) {
				problems.add(file + ": snakeyaml-engine reads other data");
			}
			if (!result.equals(format(result))) {
				problems.add(file + ": formatting again changes it");
			}
			formatted += result.equals(text) ? 0 : 1;
		}
		assertEquals(List.of(), problems);
		assertTrue(formatted > 0, "some file had whitespace to clean up");
	}

	private static String format(String text) throws Exception {
		String uri = session.open(text);
		session.diagnostics(uri);
		List<? extends TextEdit> edits = LspSession.get(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), options())));
		return LspSession.apply(text, List.copyOf(edits));
	}

	private static FormattingOptions options() {
		return new FormattingOptions(2, true);
	}

	/** What a YAML 1.2 parser reads: every document of the stream, or the error it reports. */
	private static String snakeyaml(String text) {
		try {
			List<Object> documents = new ArrayList<>();
			new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(documents::add);
			return documents.toString();
		} catch (RuntimeException e) {
			return "error: " + e.getClass().getSimpleName();
		}
	}
}
