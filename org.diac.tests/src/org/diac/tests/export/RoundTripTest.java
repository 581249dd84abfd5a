package org.diac.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.export.DocumentExport;
import org.diac.dsl.export.YamlTreeWriter;
import org.diac.tests.Documents;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Export round trip (LANGUAGE.md §4): parse → export YAML → parse → export gives the same tree, and that tree is
 * what an independent YAML 1.2 parser (snakeyaml-engine, core schema) reads from the original file, key order
 * included, aliases expanded to their anchored values. snakeyaml-engine reads YAML 1.2, which has no merge keys; DiaC
 * applies them as TOSCA processors (PyYAML, SnakeYAML) do, so snakeyaml-engine's tree gets them applied
 * ({@link #merged}) before the comparison.
 */
class RoundTripTest {

	private static final DocumentExport EXPORT = Documents.injector().getInstance(DocumentExport.class);

	@Test
	void examplesSurviveExportAndReparseAndEqualWhatSnakeyamlReads() throws Exception {
		Path examples = Documents.repository().resolve("examples");
		List<Path> files;
		try (Stream<Path> list = Files.list(examples)) {
			files = list.filter(p -> p.toString().endsWith(".diac")).sorted().toList();
		}
		assertEquals(2, files.size(), "examples/ holds the paper's two use cases");
		for (Path file : files) {
			DocumentExport.Result result = EXPORT.export(file);
			assertTrue(result.exported(), file + " has syntax errors: " + result.syntaxErrors());
			assertEquals(List.of(), roundTripProblems(file, result.tree(), true));
		}
	}

	@Test
	void validCorpusFilesSurviveExportAndReparseAndEqualWhatSnakeyamlReads() throws Exception {
		Path corpus = Documents.corpus();
		Assumptions.assumeTrue(corpus != null, "no shared corpus found (../shared/corpus beside the repository, or -Ddiac.corpus)");
		Set<String> valid = new LinkedHashSet<>();
		List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", -1);
			if (fields.length > 5 && "valid".equals(fields[5])) {
				valid.add(fields[0]);
			}
		}
		List<String> syntaxErrors = new ArrayList<>();
		int roundTripped = 0, compared = 0;
		List<String> problems = new ArrayList<>();
		for (String path : valid) {
			Path file = corpus.resolve(path);
			DocumentExport.Result result = EXPORT.export(file);
			if (!result.exported()) {
				syntaxErrors.add(path + " (" + result.syntaxErrors().get(0).code() + " at line " + result.syntaxErrors().get(0).line() + ")");
				continue;
			}
			List<String> found = roundTripProblems(file, result.tree(), true);
			problems.addAll(found.stream().map(p -> path + ": " + p).toList());
			if (found.stream().noneMatch(p -> p.startsWith("round trip"))) {
				roundTripped++;
			}
			compared++;
		}
		System.out.printf("export round trip: %d valid corpus files, %d with syntax errors (not exported), %d round-tripped, "
				+ "%d compared with snakeyaml-engine%n", valid.size(), syntaxErrors.size(), roundTripped, compared);
		syntaxErrors.forEach(n -> System.out.println("  not exported: " + n));
		problems.forEach(p -> System.out.println("  " + p));
		assertTrue(roundTripped > valid.size() / 2, "most valid corpus files round-trip");
		assertTrue(compared > 0, "some files are compared with snakeyaml-engine");
		assertEquals(List.of(), problems);
	}

	@Test
	void moduleReferenceIsExportedAsWrittenAndReadsBackAsAReference() throws Exception {
		String document = """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  inputs:
				    stake_threshold: { type: integer, default: 100 }
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				      properties:
				        stake: "{{core.stake_threshold}}"
				""";
		Object tree = export(document);
		assertEquals("{{core.stake_threshold}}", at(tree, "topology_template", "node_templates", "alice", "properties", "stake"));
		String yaml = YamlTreeWriter.write(tree);
		assertTrue(yaml.contains("stake: \"{{core.stake_threshold}}\""), yaml);
		XtextResource reparsed = parse(yaml);
		List<ModuleReference> references = EcoreUtil2.getAllContentsOfType(reparsed.getContents().get(0), ModuleReference.class);
		assertEquals(1, references.size());
		assertEquals("\"{{core.stake_threshold}}\"", NodeModelUtils.getTokenText(NodeModelUtils.getNode(references.get(0))));
		assertEquals(tree, export(yaml));
	}

	// ---- helpers --------------------------------------------------------------------------------------------

	/** Problems of one file: "round trip ..." when export∘parse is not stable, "snakeyaml ..." when the trees differ. */
	private static List<String> roundTripProblems(Path file, Object tree, boolean compareWithSnakeyaml) throws IOException {
		List<String> problems = new ArrayList<>();
		String yaml = YamlTreeWriter.write(tree);
		DocumentExport.Result again = EXPORT.export(yaml.getBytes(StandardCharsets.UTF_8), file + " (exported)",
				URI.createFileURI(file.toAbsolutePath() + ".exported.yaml"));
		if (!again.exported()) {
			problems.add("round trip: the exported YAML does not parse: " + again.syntaxErrors().get(0).toText());
		} else {
			String difference = difference(tree, again.tree(), "");
			if (difference != null) {
				problems.add("round trip: " + difference);
			}
		}
		if (compareWithSnakeyaml) {
			Object independent;
			try {
				independent = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(Files.readString(file));
			} catch (RuntimeException e) {
				problems.add("snakeyaml-engine rejects the file: " + e.getMessage().lines().findFirst().orElse(""));
				return problems;
			}
			String different = difference(merged(normalized(independent == null ? new LinkedHashMap<>() : independent)), tree, "");
			if (different != null) {
				problems.add("snakeyaml: " + different);
			}
		}
		return problems;
	}

	/**
	 * {@code tree} with YAML merge keys applied (yaml.org/type/merge.html): the entries of the merged maps take the
	 * place of the {@code <<} entry, in the order of the merged maps; a key the mapping sets itself, or an earlier
	 * merged map gave, is left out.
	 */
	static Object merged(Object tree) {
		if (tree instanceof List<?> list) {
			return list.stream().map(RoundTripTest::merged).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		}
		if (!(tree instanceof Map<?, ?> map)) {
			return tree;
		}
		Map<Object, Object> result = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if ("<<".equals(entry.getKey())) {
				List<?> sources = entry.getValue() instanceof List<?> many ? many : List.of(entry.getValue());
				for (Object source : sources) {
					((Map<?, ?>) merged(source)).forEach((key, value) -> {
						if (!map.containsKey(key) && !result.containsKey(key)) {
							result.put(key, value);
						}
					});
				}
			} else {
				result.put(entry.getKey(), merged(entry.getValue()));
			}
		}
		return result;
	}

	/** The first difference between two trees (values, types, key order), or null when they are equal. */
	private static String difference(Object expected, Object actual, String path) {
		if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
			if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()))) {
				return (path.isEmpty() ? "/" : path) + ": keys " + a.keySet() + " but exported " + b.keySet();
			}
			for (Object key : a.keySet()) {
				String d = difference(a.get(key), b.get(key), path + "/" + key);
				if (d != null) {
					return d;
				}
			}
			return null;
		}
		if (expected instanceof List<?> a && actual instanceof List<?> b) {
			if (a.size() != b.size()) {
				return path + ": " + a.size() + " items but exported " + b.size();
			}
			for (int i = 0; i < a.size(); i++) {
				String d = difference(a.get(i), b.get(i), path + "/" + i);
				if (d != null) {
					return d;
				}
			}
			return null;
		}
		return Objects.equals(expected, actual) ? null
				: path + ": " + describe(expected) + " but exported " + describe(actual);
	}

	private static String describe(Object value) {
		return value == null ? "null" : value.getClass().getSimpleName() + " <" + value + ">";
	}

	/** snakeyaml-engine's integers are Integer, Long or BigInteger by size; the export uses Long (BigInteger beyond). */
	private static Object normalized(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> result = new LinkedHashMap<>();
			map.forEach((k, v) -> result.put(normalized(k), normalized(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list.stream().map(RoundTripTest::normalized).toList());
		}
		if (value instanceof Integer i) {
			return i.longValue();
		}
		if (value instanceof BigInteger big && big.bitLength() < 64) {
			return big.longValue();
		}
		return value;
	}

	private static Object export(String text) throws IOException {
		DocumentExport.Result result = EXPORT.export(text.getBytes(StandardCharsets.UTF_8), "document.diac", URI.createFileURI("/tmp/document.diac"));
		assertTrue(result.exported(), () -> result.syntaxErrors().toString());
		return result.tree();
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet resourceSet = Documents.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/exported.diac"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		assertFalse(resource.getContents().isEmpty());
		assertEquals(List.of(), resource.getParseResult().getSyntaxErrors().iterator().hasNext() ? List.of("syntax errors") : List.of());
		return resource;
	}

	static Object at(Object tree, Object... keys) {
		Object value = tree;
		for (Object key : keys) {
			assertTrue(value instanceof Map<?, ?>, "no map at " + key);
			value = ((Map<?, ?>) value).get(key);
		}
		assertNotNull(value);
		return value;
	}
}
