package org.diac.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.diac.dsl.export.DocumentExport;
import org.diac.dsl.export.YamlTreeWriter;
import org.diac.tests.Documents;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

class YamlTreeWriterTest {

	@Test
	void nullsTypedLookingStringsAndMultiLineTextReadBackUnchanged() throws Exception {
		Map<Object, Object> metadata = new LinkedHashMap<>();
		metadata.put(null, "null key");
		metadata.put("empty", null);
		metadata.put("items", new ArrayList<>(Arrays.asList(null, 1L, "true", "0x1F", "{{core.a}}", "two\nlines", "")));
		metadata.put(2L, 2.5);
		Map<Object, Object> tree = new LinkedHashMap<>();
		tree.put("tosca_definitions_version", "tosca_simple_yaml_1_3");
		tree.put("metadata", metadata);
		String yaml = YamlTreeWriter.write(tree);
		assertTrue(yaml.contains("null: null key"), yaml);
		DocumentExport.Result again = Documents.injector().getInstance(DocumentExport.class)
				.export(yaml.getBytes(StandardCharsets.UTF_8), "written.yaml", URI.createFileURI("/tmp/written.yaml"));
		assertEquals(java.util.List.of(), again.syntaxErrors(), yaml);
		assertEquals(tree, again.tree());
	}
}
