package org.diac.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.diac.diagram.Documents;
import org.diac.diagram.layout.Point;
import org.diac.diagram.layout.SidecarLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import picocli.CommandLine;

/** {@code diac diagram} run in this process: exit codes, files, messages. */
class DiagramCommandTest {

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cl = new CommandLine(new DiagramCommand());
		cl.setExitCodeExceptionMapper(e -> 2);
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		int exit = cl.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element node(Document svg, String id) {
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (id.equals(g.getAttribute("data-node"))) {
				return g;
			}
		}
		throw new AssertionError("no node " + id);
	}

	@Test
	void svgToAFile() throws Exception {
		Path out = dir.resolve("tee.svg");
		Run run = run("--svg", Documents.example("tee-network.diac").toString(), "--out", out.toString());
		assertEquals(0, run.exit(), run.toString());
		assertEquals("", run.out());
		assertTrue(run.err().contains("wrote " + out), run.err());
		Document svg = parse(Files.readString(out));
		assertEquals("proxy", node(svg, "sgx_proxy").getAttribute("data-kind"));
	}

	@Test
	void svgToStandardOutput() throws Exception {
		Run run = run("--svg", Documents.example("sharding-network.diac").toString());
		assertEquals(0, run.exit(), run.toString());
		assertEquals("", run.err());
		assertEquals("group", node(parse(run.out()), "shards").getAttribute("data-kind"));
	}

	@Test
	void outWithoutSvgIsWrongUsage() {
		Run run = run(Documents.example("tee-network.diac").toString(), "--out", "x.svg");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("--out needs --svg"), run.err());
	}

	@Test
	void aPortOutOfRangeIsWrongUsage() {
		Run run = run(Documents.example("tee-network.diac").toString(), "--port", "70000");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("--port"), run.err());
	}

	@Test
	void anUnreadableFileIsExitTwo() {
		Run run = run("--svg", dir.resolve("missing.diac").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("cannot read"), run.err());
	}

	@Test
	void malformedYamlIsExitOneWithFileAndLineAndNoStackTrace() {
		Path file = Documents.write(dir, "broken.diac", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    a:
				      type: tosca.nodes.Compute
				      properties: { x: [1, 2 }
				""");
		Run run = run("--svg", file.toString(), "--out", dir.resolve("broken.svg").toString());
		assertEquals(1, run.exit(), run.toString());
		assertTrue(run.err().contains(file + ":6:"), run.err());
		assertTrue(run.err().contains("YAML-SYNTAX"), run.err());
		assertTrue(run.err().contains("not well-formed YAML"), run.err());
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
		assertFalse(Files.exists(dir.resolve("broken.svg")));
	}

	@Test
	void aDocumentWithErrorsIsDrawnWithTheErrorOnTheRightNode() throws Exception {
		Path file = Documents.shardingWith(dir, "stake: 410", "stake: 50");
		Run run = run("--svg", file.toString());
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.err().contains("drawn as decorations"), run.err());
		Document svg = parse(run.out());
		Element bob = node(svg, "bob");
		assertTrue(bob.getAttribute("class").contains("error"), bob.getAttribute("class"));
		assertTrue(bob.getTextContent().contains("DIAC-STAKE-BELOW-THRESHOLD"), bob.getTextContent());
		assertFalse(node(svg, "alice").getTextContent().contains("DIAC-STAKE-BELOW-THRESHOLD"));
	}

	@Test
	void sidecarPositionsAreHonoured() throws Exception {
		Path file = Files.copy(Documents.example("tee-network.diac"), dir.resolve("tee-network.diac"));
		SidecarLayout.write(file, Map.of("ipfs_storage", new Point(1400, 700)));
		String before = Files.readString(file);
		Run run = run("--svg", file.toString());
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.err().contains("1 position from"), run.err());
		assertEquals("translate(1400,700)", node(parse(run.out()), "ipfs_storage").getAttribute("transform"));
		assertEquals(before, Files.readString(file));
	}

	private static List<Element> groups(Document svg, String className) {
		List<Element> found = new ArrayList<>();
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (className.equals(g.getAttribute("class"))) {
				found.add(g);
			}
		}
		return found;
	}

	private static String fill(Element group) {
		return ((Element) group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0)).getAttribute("fill");
	}

	@Test
	void instancesDrawOneBoxPerWorkerSlotColouredByItsOperator() throws Exception {
		Path out = dir.resolve("instances.svg");
		Run run = run("--svg", "--instances", Documents.example("sharding-network.diac").toString(), "--out", out.toString(), "--seed",
				"01".repeat(32), "--epoch", "3");
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.err().contains("instance level of epoch 3: 20 worker instances in 4 groups, 6 operators"), run.err());
		Document svg = parse(Files.readString(out)); // well-formed
		List<Element> instances = groups(svg, "instance");
		assertEquals(20, instances.size(), "default_instances: 20 worker slots");
		assertEquals(20, instances.stream().map(i -> i.getAttribute("data-instance")).distinct().count());
		assertEquals(4, groups(svg, "group").size(), "shard_count: 4");
		for (Element group : groups(svg, "group")) {
			assertEquals(5, groups(group.getOwnerDocument(), "instance").stream().filter(i -> group.equals(i.getParentNode())).count());
		}
		List<Element> operators = groups(svg, "operator");
		assertEquals(List.of("alice", "bob", "carol", "dave", "erin", "frank"), operators.stream().map(o -> o.getAttribute("data-operator")).toList());
		Map<String, String> legend = new HashMap<>();
		operators.forEach(o -> legend.put(o.getAttribute("data-operator"), fill(o)));
		assertEquals(6, legend.values().stream().distinct().count(), "one colour per operator: " + legend);
		for (Element instance : instances) {
			assertEquals(legend.get(instance.getAttribute("data-operator")), fill(instance), instance.getAttribute("data-instance"));
		}
		// the mapper's slots: unit_stake 100 buys alice 4 of her 480 and erin 3 of her 330
		assertEquals(4, instances.stream().filter(i -> i.getAttribute("data-operator").equals("alice")).count());
		assertEquals(3, instances.stream().filter(i -> i.getAttribute("data-operator").equals("erin")).count());
	}

	@Test
	void anotherSeedIsAnotherAllocationOfTheSameSlots() throws Exception {
		Run first = run("--svg", "--instances", Documents.example("sharding-network.diac").toString(), "--seed", "01".repeat(32));
		Run second = run("--svg", "--instances", Documents.example("sharding-network.diac").toString(), "--seed", "02".repeat(32));
		List<String> a = groups(parse(first.out()), "instance").stream().map(i -> i.getAttribute("data-instance") + "=" + i.getAttribute("data-operator")).toList();
		List<String> b = groups(parse(second.out()), "instance").stream().map(i -> i.getAttribute("data-instance") + "=" + i.getAttribute("data-operator")).toList();
		assertEquals(20, a.size());
		assertEquals(20, b.size());
		assertFalse(a.equals(b), "the seed reshuffles the slots");
	}

	@Test
	void aDocumentWithNothingToMapIsDrawnAtTypeLevel() throws Exception {
		Path file = Documents.write(dir, "plain.diac", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    server:
				      type: tosca.nodes.Compute
				""");
		Run run = run("--svg", "--instances", file.toString());
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.err().contains("nothing to map at instance level (") && run.err().contains("drawn at type level"), run.err());
		assertTrue(run.err().contains("no diac.nodes.NodeGroup template"), run.err());
		Document svg = parse(run.out());
		assertEquals("tosca", node(svg, "server").getAttribute("data-kind"));
		assertEquals(List.of(), groups(svg, "instance"));
	}

	@Test
	void instanceOptionsNeedTheirCompanions() {
		assertTrue(run(Documents.example("tee-network.diac").toString(), "--instances").err().contains("--instances needs --svg"));
		assertTrue(run("--svg", Documents.example("tee-network.diac").toString(), "--seed", "00".repeat(32)).err()
				.contains("--seed and --epoch need --instances"));
		Run shortSeed = run("--svg", "--instances", Documents.example("tee-network.diac").toString(), "--seed", "abcd");
		assertEquals(2, shortSeed.exit());
		assertTrue(shortSeed.err().contains("--seed must be 32 bytes as 64 hex digits"), shortSeed.err());
	}
}
