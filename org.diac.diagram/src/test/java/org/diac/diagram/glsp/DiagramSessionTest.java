package org.diac.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.Documents;
import org.diac.diagram.edit.DocumentEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The editor's server over its websocket, as a browser client drives it (GlspTestClient, no browser): connecting a
 * requirement (checked while drawing, written, undone), the properties panel (sheet, edit, diagnostics), a stale edit
 * refused and the view refreshed, and changes of the file from outside reloading every open session.
 */
class DiagramSessionTest {

	private static final String ARCHIVE = "\n    archive:\n      type: diac.nodes.Storage\n";
	private static final String WORKER_END = "            encryption: { algorithm: AES-256-XTS, key_distribution: shamir, threshold: 3, shares: 5 }\n";

	private static Path sharding(Path dir) throws Exception {
		return Files.copy(Documents.example("sharding-network.diac"), dir.resolve("sharding-network.diac"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static DiagramServer serve(Path document, boolean watch) throws Exception {
		DiagramDocuments documents = Documents.documents();
		return DiagramServer.start(new DocumentFile(document, documents, new DocumentEdits(documents.injector())), 0, watch);
	}

	private static Map<String, Object> createEdge(String source, String target) {
		return Map.of("kind", "createEdge", "isOperation", true, "elementTypeId", TopologyGModel.NEW_REQUIREMENT, "sourceElementId", source,
				"targetElementId", target, "args", Map.of());
	}

	private static Map<String, Object> editProperty(String template, String property, String value) {
		return Map.of("kind", "diacEditProperty", "isOperation", true, "template", template, "property", property, "value", value);
	}

	private static boolean checkEdge(GlspTestClient client, String source, String target) throws Exception {
		return client.ask(Map.of("kind", "requestCheckEdge", "edgeType", TopologyGModel.NEW_REQUIREMENT, "sourceElementId", source,
				"targetElementId", target), "checkEdgeResult").get("isValid").getAsBoolean();
	}

	private static JsonObject row(JsonObject sheet, String property) {
		for (JsonElement row : sheet.getAsJsonArray("rows")) {
			if (row.getAsJsonObject().getAsJsonObject("property").get("name").getAsString().equals(property)) {
				return row.getAsJsonObject();
			}
		}
		throw new AssertionError("no row " + property + " in " + sheet);
	}

	@Test
	void connectingARequirementIsCheckedWrittenAndUndone(@TempDir Path dir) throws Exception {
		Path document = sharding(dir);
		String original = Files.readString(document);
		try (DiagramServer server = serve(document, true); GlspTestClient client = new GlspTestClient(server.uri())) {
			client.open();
			assertTrue(checkEdge(client, "worker", "alice"), "a worker may be operated by an operator");
			assertFalse(checkEdge(client, "shards", "alice"), "a NodeGroup is composed of workers, not operators");
			client.send(createEdge("worker", "alice"));
			JsonObject update = client.await("updateModel", a -> GlspTestClient.ids(a).stream().anyMatch(id -> id.startsWith("worker.operated_by.")));
			assertTrue(GlspTestClient.ids(update).contains("alice"));
			assertEquals(original.replace(WORKER_END, WORKER_END + "      requirements:\n        - operated_by: alice\n"), Files.readString(document));
			client.send(Map.of("kind", "glspUndo"));
			client.await("updateModel", a -> GlspTestClient.ids(a).stream().noneMatch(id -> id.startsWith("worker.operated_by.")));
			assertEquals(original, Files.readString(document));
			assertTrue(client.isOpen());
		}
	}

	@Test
	void anIncompatibleTargetIsRefusedWithTheReasonAndTheTextStays(@TempDir Path dir) throws Exception {
		Path document = sharding(dir);
		String original = Files.readString(document);
		try (DiagramServer server = serve(document, true); GlspTestClient client = new GlspTestClient(server.uri())) {
			client.open();
			client.send(createEdge("shards", "alice"));
			JsonObject message = client.await("message", a -> a.get("message").getAsString().contains("fulfils no requirement"));
			assertEquals("WARNING", message.get("severity").getAsString());
			assertTrue(message.get("message").getAsString().contains("cannot connect shards to alice"), message.toString());
			assertEquals(original, Files.readString(document));
		}
	}

	@Test
	void thePropertiesPanelShowsValuesAndTheDiagnosticsOfAnEdit(@TempDir Path dir) throws Exception {
		Path document = sharding(dir);
		String original = Files.readString(document);
		try (DiagramServer server = serve(document, true); GlspTestClient client = new GlspTestClient(server.uri())) {
			client.open();
			JsonObject sheet = client.ask(Map.of("kind", "diacRequestProperties", "template", "alice"), "diacSetProperties");
			assertEquals("diac.nodes.Operator", sheet.get("type").getAsString());
			assertEquals("480", row(sheet, "stake").getAsJsonObject("property").get("value").getAsString());
			assertEquals(0, row(sheet, "stake").getAsJsonArray("diagnostics").size());

			client.send(editProperty("alice", "stake", "lots"));
			client.await("updateModel", a -> true);
			assertEquals(original.replace("        stake: 480\n", "        stake: lots\n"), Files.readString(document));
			JsonObject invalid = client.ask(Map.of("kind", "diacRequestProperties", "template", "alice"), "diacSetProperties");
			String diagnostics = row(invalid, "stake").getAsJsonArray("diagnostics").toString();
			assertTrue(diagnostics.contains(" error "), "the stake row shows the validation's error: " + invalid);

			client.send(editProperty("alice", "stake", "500"));
			client.await("updateModel", a -> true);
			assertEquals(original.replace("        stake: 480\n", "        stake: 500\n"), Files.readString(document));
			JsonObject fixed = client.ask(Map.of("kind", "diacRequestProperties", "template", "alice"), "diacSetProperties");
			assertEquals(0, row(fixed, "stake").getAsJsonArray("diagnostics").size(), fixed.toString());
		}
	}

	@Test
	void aStaleEditIsRefusedAndTheViewShowsTheFile(@TempDir Path dir) throws Exception {
		Path document = sharding(dir);
		String original = Files.readString(document);
		// no watcher: the change below stays unseen until the next edit, which therefore acts on a stale diagram
		try (DiagramServer server = serve(document, false); GlspTestClient client = new GlspTestClient(server.uri())) {
			assertFalse(GlspTestClient.ids(client.open()).contains("archive"));
			String outside = original.replace("\n    validator:\n", ARCHIVE + "\n    validator:\n");
			Files.writeString(document, outside);
			client.send(editProperty("alice", "stake", "500"));
			JsonObject message = client.await("message", a -> a.get("message").getAsString().contains("changed on disk"));
			assertTrue(message.get("message").getAsString().contains("'Edit property' was not applied"), message.toString());
			client.await("updateModel", a -> GlspTestClient.ids(a).contains("archive"));
			assertEquals(outside, Files.readString(document), "the refused edit wrote nothing");
			client.send(editProperty("alice", "stake", "500")); // repeated on the fresh view: applied
			client.await("updateModel", a -> true);
			assertEquals(outside.replace("        stake: 480\n", "        stake: 500\n"), Files.readString(document));
		}
	}

	@Test
	void anOutsideChangeReloadsEveryOpenSession(@TempDir Path dir) throws Exception {
		Path document = sharding(dir);
		String original = Files.readString(document);
		try (DiagramServer server = serve(document, true); GlspTestClient first = new GlspTestClient(server.uri());
				GlspTestClient second = new GlspTestClient(server.uri())) {
			first.open();
			second.open();
			Files.writeString(document, original.replace("\n    validator:\n", ARCHIVE + "\n    validator:\n"));
			first.await("updateModel", a -> GlspTestClient.ids(a).contains("archive"));
			second.await("updateModel", a -> GlspTestClient.ids(a).contains("archive"));
			// an edit in one session reaches the other one through the same watcher
			second.forget();
			first.send(editProperty("alice", "stake", "500"));
			first.await("updateModel", a -> true);
			second.await("updateModel", a -> true);
			JsonObject sheet = second.ask(Map.of("kind", "diacRequestProperties", "template", "alice"), "diacSetProperties");
			assertEquals("500", row(sheet, "stake").getAsJsonObject("property").get("value").getAsString());
			assertTrue(first.isOpen() && second.isOpen());
		}
	}

	@Test
	void malformedYamlShowsWhatParsedUnderAnErrorBanner(@TempDir Path dir) throws Exception {
		Path document = Documents.shardingWith(dir, "min_reputation: 0.5", "min_reputation: [0.5");
		try (DiagramServer server = serve(document, false); GlspTestClient client = new GlspTestClient(server.uri())) {
			JsonObject model = client.open();
			List<String> ids = GlspTestClient.ids(model);
			assertTrue(ids.containsAll(List.of("alice", "shards", "worker", "validator")), "what parsed is drawn: " + ids);
			assertTrue(ids.contains("message-title"), ids.toString());
			String banner = model.toString();
			assertTrue(banner.contains("is not well-formed YAML; drawn: what parsed"), banner);
			assertTrue(banner.contains("YAML-SYNTAX"), "the banner lists the syntax error with its code");
			// the banner is above the nodes
			for (JsonElement child : model.getAsJsonObject("newRoot").getAsJsonArray("children")) {
				JsonObject element = child.getAsJsonObject();
				if (element.get("id").getAsString().equals("alice")) {
					assertTrue(element.getAsJsonObject("position").get("y").getAsDouble() > 60, element.toString());
				}
			}
			// an edit is refused with the reason, the text stays
			String text = Files.readString(document);
			client.send(editProperty("alice", "stake", "500"));
			JsonObject refused = client.await("message", a -> a.get("message").getAsString().contains("syntax errors"));
			assertEquals("WARNING", refused.get("severity").getAsString());
			assertEquals(text, Files.readString(document));
		}
	}
}
