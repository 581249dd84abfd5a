package org.diac.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.Documents;
import org.diac.diagram.edit.DocumentEdits.RequirementRef;
import org.diac.diagram.model.Severity;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each edit is the expected minimal change: exact texts, everything else byte for byte as it was. */
class DocumentEditsTest {

	private static final DocumentEdits EDITS = new DocumentEdits(Documents.documents().injector());

	private static String sharding() throws IOException {
		return Files.readString(Documents.example("sharding-network.diac"));
	}

	private static URI uri(String name) {
		return URI.createFileURI(Documents.example(name).toAbsolutePath().toString());
	}

	@Test
	void createAppendsAfterTheLastTemplateIndentedLikeIt() throws Exception {
		String text = sharding();
		DocumentEdits.Created created = EDITS.createNodeTemplate(text, uri("sharding-network.diac"), "diac.nodes.Storage");
		assertEquals("storage", created.name());
		String after = "        - validates: worker\n";
		assertEquals(text.replace(after, after + "    storage:\n      type: diac.nodes.Storage\n"), created.text());
	}

	@Test
	void createdNamesAreUnique() throws Exception {
		DocumentEdits.Created once = EDITS.createNodeTemplate(sharding(), uri("sharding-network.diac"), "diac.nodes.Worker");
		assertEquals("worker_2", once.name()); // the example already has a worker
		DocumentEdits.Created twice = EDITS.createNodeTemplate(once.text(), uri("sharding-network.diac"), "diac.nodes.Worker");
		assertEquals("worker_3", twice.name());
		assertTrue(twice.text().contains("    worker_2:\n      type: diac.nodes.Worker\n    worker_3:\n      type: diac.nodes.Worker\n"));
	}

	@Test
	void theCreatedTemplateValidates(@TempDir Path dir) throws Exception {
		String text = EDITS.createNodeTemplate(sharding(), uri("sharding-network.diac"), "diac.nodes.Storage").text();
		DiagramDocuments.Result result = Documents.load(Documents.write(dir, "s.diac", text));
		assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
		assertTrue(result.diagram().node("storage").isPresent());
	}

	@Test
	void deletingATemplateRemovesItsLinesItsRequirementsAndItsNameInTargets() throws Exception {
		String text = sharding();
		String carol = text.substring(text.indexOf("    carol:\n"), text.indexOf("    dave:\n"));
		String expected = text.replace(carol, "").replace("        - operated_by: carol\n", "")
				.replace("targets: [ alice, bob, carol, dave, erin, frank ]", "targets: [ alice, bob, dave, erin, frank ]");
		assertEquals(expected, EDITS.delete(text, uri("sharding-network.diac"), Set.of("carol"), List.of()));
	}

	@Test
	void theOnlyTargetLeavesAnEmptyFlowList() throws Exception {
		String result = EDITS.delete(sharding(), uri("sharding-network.diac"), Set.of("shards"), List.of());
		assertTrue(result.contains("targets: []") && !result.contains("shards:") && !result.contains("[ shards ]"), result);
	}

	@Test
	void removingTheLastRequirementRemovesTheRequirementsKey() throws Exception {
		String text = Files.readString(Documents.example("tee-network.diac"));
		String result = EDITS.delete(text, uri("tee-network.diac"), Set.of(), List.of(new RequirementRef("ipfs_storage", "operated_by", "dave")));
		assertEquals(text.replace("      requirements:\n        - operated_by: dave\n", ""), result);
	}

	@Test
	void deletingAnEdgeRemovesOneRequirementLine() throws Exception {
		String text = sharding();
		String result = EDITS.delete(text, uri("sharding-network.diac"), Set.of(), List.of(new RequirementRef("validator", "validates", "worker")));
		assertEquals(text.replace("        - validates: worker\n", ""), result);
	}

	@Test
	void renameChangesTheKeyAndEveryReferenceNothingElse() throws Exception {
		String text = sharding();
		String expected = text.replace("    carol:\n", "    carla:\n").replace("- operated_by: carol\n", "- operated_by: carla\n")
				.replace("targets: [ alice, bob, carol, dave, erin, frank ]", "targets: [ alice, bob, carla, dave, erin, frank ]");
		assertEquals(expected, EDITS.rename(text, uri("sharding-network.diac"), "carol", "carla"));
		assertTrue(expected.contains("subject: carol@myDapp")); // a string, not a reference
	}

	@Test
	void renameRefusesTakenAndUnplainNames() throws Exception {
		String text = sharding();
		assertThrows(EditRefusedException.class, () -> EDITS.rename(text, uri("sharding-network.diac"), "carol", "bob"));
		assertThrows(EditRefusedException.class, () -> EDITS.rename(text, uri("sharding-network.diac"), "carol", "a b"));
		assertThrows(EditRefusedException.class, () -> EDITS.rename(text, uri("sharding-network.diac"), "nobody", "x"));
	}

	@Test
	void documentTypesAreListed() throws Exception {
		String text = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  my.Box:\n    derived_from: tosca.nodes.Root\n"
				+ "topology_template:\n  node_templates:\n    a:\n      type: my.Box\n";
		assertEquals(List.of("my.Box"), EDITS.ownNodeTypes(text, uri("x.diac")));
		String created = EDITS.createNodeTemplate(text, uri("x.diac"), "my.Box").text();
		assertEquals(text + "    box:\n      type: my.Box\n", created);
	}

	@Test
	void malformedYamlIsRefused() {
		String text = "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n  node_templates:\n    a: [\n";
		assertThrows(EditRefusedException.class, () -> EDITS.createNodeTemplate(text, uri("x.diac"), "diac.nodes.Storage"));
		assertThrows(EditRefusedException.class, () -> EDITS.checkWellFormed(text, uri("x.diac")));
	}

	@Test
	void aDocumentWithoutTemplatesIsRefused() {
		String text = "tosca_definitions_version: tosca_simple_yaml_1_3\n";
		assertThrows(EditRefusedException.class, () -> EDITS.createNodeTemplate(text, uri("x.diac"), "diac.nodes.Storage"));
	}
}
