package org.diac.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.Documents;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.Severity;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connecting a requirement and editing a property: the exact text each writes (one entry added or one value
 * replaced, everything else byte for byte), that the result validates, and what is refused with which reason.
 */
class ConnectAndPropertyEditsTest {

	private static final DocumentEdits EDITS = new DocumentEdits(Documents.documents().injector());
	private static final URI URI_ = URI.createFileURI(Documents.example("sharding-network.diac").toAbsolutePath().toString());

	/** A proxy already connected to one worker, a comment after its requirement, a second worker, a bare storage. */
	private static final String PROXIES = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			topology_template:
			  node_templates:
			    carol:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org1MSP, subject: carol@x }
			        stake: 350
			    w1:
			      type: diac.nodes.Worker
			    w2:
			      type: diac.nodes.Worker
			    gateway:
			      type: diac.nodes.Proxy
			      requirements:
			        - connect_to: w1   # the first backend
			      # more backends later
			    archive:
			      type: diac.nodes.Storage
			""";

	private static String sharding() throws IOException {
		return Files.readString(Documents.example("sharding-network.diac"));
	}

	private static List<Decoration> errors(Path dir, String text) {
		DiagramDocuments.Result result = Documents.load(Documents.write(dir, "edited.diac", text));
		return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}

	@Test
	void connectAddsARequirementsEntryToATemplateWithoutOne(@TempDir Path dir) throws Exception {
		String text = sharding();
		DocumentEdits.Connected connected = EDITS.connect(text, URI_, "worker", "alice");
		assertEquals("operated_by", connected.requirement());
		String last = "            encryption: { algorithm: AES-256-XTS, key_distribution: shamir, threshold: 3, shares: 5 }\n";
		assertEquals(text.replace(last, last + "      requirements:\n        - operated_by: alice\n"), connected.text());
		assertEquals(List.of(), errors(dir, connected.text()));
	}

	@Test
	void connectAppendsUnderTheLastRequirementDashedLikeItAndKeepsComments(@TempDir Path dir) throws Exception {
		DocumentEdits.Connected connected = EDITS.connect(PROXIES, URI_, "gateway", "w2");
		assertEquals("connect_to", connected.requirement());
		String last = "        - connect_to: w1   # the first backend\n";
		assertEquals(PROXIES.replace(last, last + "        - connect_to: w2\n"), connected.text());
		assertEquals(errors(dir, PROXIES).size(), errors(dir, connected.text()).size()); // no new error
	}

	@Test
	void connectChoosesTheTypesOwnRequirementOverAnInheritedOne() throws Exception {
		// each target gets the one requirement its type fits: a Proxy's own connect_to for a Worker, the inherited
		// operated_by for an Operator; never tosca.nodes.Root's generic dependency
		assertEquals(List.of("operated_by"), EDITS.compatibleRequirements(PROXIES, URI_, "w1", "carol"));
		assertEquals(List.of("connect_to"), EDITS.compatibleRequirements(PROXIES, URI_, "gateway", "w2"));
		assertEquals(List.of("operated_by"), EDITS.compatibleRequirements(PROXIES, URI_, "gateway", "carol"));
	}

	@Test
	void connectRefusesTargetsOfTheWrongTypeOrCapability() throws Exception {
		String text = sharding();
		EditRefusedException wrongType = assertThrows(EditRefusedException.class, () -> EDITS.connect(text, URI_, "shards", "alice"));
		assertTrue(wrongType.getMessage().contains("alice fulfils no requirement of shards (diac.nodes.NodeGroup)"), wrongType.getMessage());
		assertTrue(wrongType.getMessage().contains("composed_of (a diac.nodes.Worker)"), wrongType.getMessage());
		// a Proxy connects to Workers only, not to a Storage
		assertEquals(List.of(), EDITS.compatibleRequirements(PROXIES, URI_, "gateway", "archive"));
		assertThrows(EditRefusedException.class, () -> EDITS.connect(PROXIES, URI_, "gateway", "archive"));
	}

	@Test
	void connectRefusesWhatTheOccurrencesOrAnExistingEdgeAlreadyCover() throws Exception {
		String text = sharding();
		// the validator's operated_by is [0, 1] and taken (carol); its validates already targets worker
		assertEquals(List.of(), EDITS.compatibleRequirements(text, URI_, "validator", "alice"));
		assertEquals(List.of(), EDITS.compatibleRequirements(text, URI_, "validator", "worker"));
		assertThrows(EditRefusedException.class, () -> EDITS.connect(text, URI_, "validator", "worker"));
		assertThrows(EditRefusedException.class, () -> EDITS.connect(text, URI_, "worker", "worker"));
	}

	@Test
	void operatorsStartNoEdgeTheProfileGivesThemNoRequirement() throws Exception {
		// tosca.nodes.Root's generic 'dependency' fits every target; DiaC types are offered their own structure only
		assertFalse(EDITS.mayConnectFrom(sharding(), URI_, "alice"));
		assertTrue(EDITS.mayConnectFrom(sharding(), URI_, "validator"));
		assertEquals(List.of(), EDITS.compatibleRequirements(sharding(), URI_, "alice", "worker"));
	}

	@Test
	void propertyEditReplacesOnlyTheValueText(@TempDir Path dir) throws Exception {
		String text = sharding();
		String edited = EDITS.setProperty(text, URI_, "alice", "stake", "500");
		assertEquals(text.replace("        stake: 480\n", "        stake: 500\n"), edited);
		assertEquals(List.of(), errors(dir, edited));
		String flow = EDITS.setProperty(text, URI_, "shards", "occurrence", "{ get_input: workers_per_shard }");
		assertEquals(text.replace("occurrence: { get_input: shard_count }", "occurrence: { get_input: workers_per_shard }"), flow);
	}

	@Test
	void propertyEditAddsAMissingPropertyAfterTheLastOne(@TempDir Path dir) throws Exception {
		String text = sharding();
		String edited = EDITS.setProperty(text, URI_, "validator", "continent", "europe");
		String last = "        max_response: 2 s\n";
		assertEquals(text.replace(last, last + "        continent: europe\n"), edited);
		assertEquals(List.of(), errors(dir, edited));
	}

	@Test
	void propertyEditAddsAPropertiesEntryAfterTheType(@TempDir Path dir) throws Exception {
		String edited = EDITS.setProperty(PROXIES, URI_, "archive", "backend", "ipfs");
		String type = "      type: diac.nodes.Storage\n";
		assertEquals(PROXIES.replace(type, type + "      properties:\n        backend: ipfs\n"), edited);
	}

	@Test
	void anInvalidValueIsWrittenAndTheValidationReportsItOnThatLine(@TempDir Path dir) throws Exception {
		String edited = EDITS.setProperty(sharding(), URI_, "alice", "stake", "lots");
		List<Decoration> errors = errors(dir, edited);
		int line = (int) edited.substring(0, edited.indexOf("stake: lots")).chars().filter(c -> c == '\n').count() + 1;
		assertTrue(errors.stream().anyMatch(d -> d.line() == line), () -> "no error on line " + line + ": " + errors);
	}

	@Test
	void propertyEditRefusesBlocksCommentsAndSeveralLines() throws Exception {
		String text = sharding();
		assertThrows(EditRefusedException.class, () -> EDITS.setProperty(text, URI_, "worker", "ports", "[]")); // a block list
		EditRefusedException comment = assertThrows(EditRefusedException.class, () -> EDITS.setProperty(text, URI_, "alice", "stake", "5 # five"));
		assertTrue(comment.getMessage().contains("does not read back"), comment.getMessage());
		assertThrows(EditRefusedException.class, () -> EDITS.setProperty(text, URI_, "alice", "stake", "5\n  x: 1"));
		assertThrows(EditRefusedException.class, () -> EDITS.setProperty(text, URI_, "alice", "stake", " "));
		assertThrows(EditRefusedException.class, () -> EDITS.setProperty(text, URI_, "nobody", "stake", "5"));
	}

	@Test
	void theSheetListsTheTypesPropertiesWithTheValuesAsWritten() throws Exception {
		PropertySheet sheet = EDITS.propertySheet(sharding(), URI_, "alice");
		assertEquals("diac.nodes.Operator", sheet.type());
		PropertySheet.Row stake = sheet.rows().stream().filter(r -> r.name().equals("stake")).findFirst().orElseThrow();
		assertEquals("480", stake.value());
		assertTrue(stake.editable() && stake.defined());
		PropertySheet.Row identity = sheet.rows().stream().filter(r -> r.name().equals("identity")).findFirst().orElseThrow();
		assertEquals("{ type: \"X.509\", msp_id: Org1MSP, subject: alice@myDapp }", identity.value());
		PropertySheet worker = EDITS.propertySheet(sharding(), URI_, "worker");
		PropertySheet.Row ports = worker.rows().stream().filter(r -> r.name().equals("ports")).findFirst().orElseThrow();
		assertFalse(ports.editable()); // a block list over two lines
		assertTrue(worker.rows().stream().anyMatch(r -> r.value() == null)); // defined by the type, not assigned
	}
}
