package org.diac.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.diac.diagram.Documents;
import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.ElkTopologyLayout;
import org.diac.diagram.layout.NodeBox;
import org.diac.diagram.layout.Point;
import org.diac.diagram.model.TopologyDiagram;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GLSP graph is the diagram's records at the layout's positions: same ids, kinds, edges and sizes as the SVG. */
class TopologyGModelTest {

	private static final TopologyDiagram SHARDING = Documents.diagram(Documents.example("sharding-network.diac"));

	@Test
	void nodesAreTemplatesByKindAtTheirBoxes() {
		DiagramLayout layout = ElkTopologyLayout.layout(SHARDING);
		GGraph graph = TopologyGModel.build(SHARDING, layout);
		List<GNode> nodes = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
		assertEquals(SHARDING.nodes().size(), nodes.size());
		GNode alice = nodes.stream().filter(n -> n.getId().equals("alice")).findFirst().orElseThrow();
		assertEquals("node:operator", alice.getType());
		NodeBox box = layout.nodes().get("alice");
		assertEquals(box.x(), alice.getPosition().getX());
		assertEquals(box.height(), alice.getSize().getHeight());
		List<String> texts = alice.getChildren().stream().filter(GLabel.class::isInstance).map(l -> ((GLabel) l).getText()).toList();
		assertTrue(texts.containsAll(List.of("alice", "«diac.nodes.Operator»", "staking")), texts.toString());
		assertEquals("node:group", nodes.stream().filter(n -> n.getId().equals("shards")).findFirst().orElseThrow().getType());
	}

	@Test
	void edgesAreRequirementsByKindWithTheLayoutsBends() {
		DiagramLayout layout = ElkTopologyLayout.layout(SHARDING);
		GGraph graph = TopologyGModel.build(SHARDING, layout);
		List<GEdge> edges = graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
		assertEquals(SHARDING.edges().size(), edges.size());
		GEdge composed = edges.stream().filter(e -> e.getSourceId().equals("shards")).findFirst().orElseThrow();
		assertEquals("edge:composed_of", composed.getType());
		assertEquals("worker", composed.getTargetId());
		assertEquals(layout.edges().get(composed.getId()).points().size() - 2, composed.getRoutingPoints().size());
	}

	@Test
	void pinnedNodesAreMarkedAndDiagnosticsAreIssueMarkers(@TempDir Path dir) {
		TopologyDiagram broken = Documents.diagram(Documents.shardingWith(dir, "stake: 410", "stake: 50"));
		DiagramLayout layout = ElkTopologyLayout.layout(broken, Map.of("bob", new Point(500, 500)));
		GGraph graph = TopologyGModel.build(broken, layout);
		GNode bob = (GNode) graph.getChildren().stream().filter(n -> n.getId().equals("bob")).findFirst().orElseThrow();
		assertTrue(bob.getCssClasses().contains("pinned"));
		assertTrue(bob.getCssClasses().contains("has-error"), bob.getCssClasses().toString());
		GIssueMarker marker = bob.getChildren().stream().filter(GIssueMarker.class::isInstance).map(GIssueMarker.class::cast).findFirst()
				.orElseThrow();
		assertTrue(marker.getIssues().stream().anyMatch(i -> i.getSeverity().equals("error") && i.getMessage().startsWith("DIAC-STAKE-BELOW-THRESHOLD")),
				marker.getIssues().toString());
	}

	@Test
	void paletteCssHasEveryKind() {
		String css = PaletteCss.css();
		assertTrue(css.contains(".diac-node.kind-operator > .sprotty-node { fill: #fef3c7; stroke: #b45309; }"), css);
		assertTrue(css.contains(".diac-edge.edge-operated_by > path { stroke: #b45309; stroke-dasharray: 7 4; }"), css);
	}
}
