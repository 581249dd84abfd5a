package org.diac.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.diac.diagram.Documents;
import org.diac.diagram.layout.ElkTopologyLayout;
import org.diac.diagram.model.Badge;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.model.Severity;
import org.diac.diagram.model.TopologyDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDiagramWriterTest {

	static String svg(TopologyDiagram diagram) throws IOException {
		StringWriter out = new StringWriter();
		SvgDiagramWriter.write(diagram, ElkTopologyLayout.layout(diagram), out);
		return out.toString();
	}

	/** Parses {@code svg} with a namespace-aware parser: it fails on anything that is not well-formed XML. */
	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS(SvgDiagramWriter.SVG, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	static Element node(Document document, String id) {
		return elements(document, "g").stream().filter(g -> id.equals(g.getAttribute("data-node"))).findFirst().orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sharding-network.diac", "tee-network.diac" })
	void theSvgIsWellFormedAndNamesEveryNode(String example) throws Exception {
		TopologyDiagram diagram = Documents.diagram(Documents.example(example));
		Document svg = parse(svg(diagram));
		assertEquals("svg", svg.getDocumentElement().getLocalName());
		assertEquals(SvgDiagramWriter.SVG, svg.getDocumentElement().getNamespaceURI());
		Set<String> texts = new HashSet<>();
		elements(svg, "text").forEach(t -> texts.add(t.getTextContent()));
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(texts.contains(node.name()), node.name());
			assertTrue(texts.contains("«" + node.type() + "»"), node.type());
			assertEquals(node.kind().label(), node(svg, node.id()).getAttribute("data-kind"));
		}
		for (DiagramEdge edge : diagram.edges()) {
			assertTrue(texts.contains(edge.label()), edge.label());
		}
		long drawnEdges = elements(svg, "g").stream().filter(g -> g.getAttribute("class").startsWith("edge ")).count();
		assertEquals(diagram.edges().size(), drawnEdges);
		// the legend names every kind
		for (NodeKind kind : NodeKind.values()) {
			assertTrue(texts.contains(kind.label()), kind.label());
		}
		for (EdgeKind kind : EdgeKind.values()) {
			assertTrue(texts.contains(kind.label()), kind.label());
		}
	}

	@Test
	void aDecorationCarriesItsMessageAsTooltipAndMarkupInTextIsEscaped() throws Exception {
		Decoration error = new Decoration(Severity.ERROR, "DIAC-X", "stake <50> & \u0001 too \"low\"", "a.diac", 7, 9);
		Decoration warning = new Decoration(Severity.WARNING, "TOSCA-W", "document-level", "a.diac", 1, 1);
		DiagramNode node = new DiagramNode("op<1>", NodeKind.OPERATOR, "diac.nodes.Operator", null, null,
				List.of(new Badge(Badge.Kind.POLICY, "staking", "diac.policies.Staking", List.of())), List.of(error));
		DiagramNode other = new DiagramNode("w", NodeKind.WORKER, "diac.nodes.Worker", "× 3 instances", 3, List.of(), List.of());
		TopologyDiagram diagram = new TopologyDiagram("t & <t>", List.of(node, other),
				List.of(new DiagramEdge("e", "w", "op<1>", EdgeKind.OPERATED_BY, "operated_by")), List.of(warning));
		Document svg = parse(svg(diagram));
		Element drawn = node(svg, "op<1>");
		assertTrue(drawn.getAttribute("class").contains("error"), drawn.getAttribute("class"));
		Element decoration = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("decoration error"))
				.findFirst().orElseThrow();
		assertEquals(drawn, decoration.getParentNode());
		String tooltip = ((Element) decoration.getElementsByTagNameNS(SvgDiagramWriter.SVG, "title").item(0)).getTextContent();
		assertEquals("a.diac:7:9: error DIAC-X stake <50> &  too \"low\"", tooltip);
		assertTrue(elements(svg, "text").stream().anyMatch(t -> t.getTextContent().equals("a.diac:1:1: warning TOSCA-W document-level")));
		assertEquals("t & <t>", elements(svg, "title").get(0).getTextContent());
	}
}
