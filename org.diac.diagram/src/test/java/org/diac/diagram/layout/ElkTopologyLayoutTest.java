package org.diac.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.diagram.Documents;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.TopologyDiagram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ElkTopologyLayoutTest {

	@ParameterizedTest
	@ValueSource(strings = { "sharding-network.diac", "tee-network.diac" })
	void everyNodeHasABoxAndNoTwoBoxesOverlap(String example) {
		TopologyDiagram diagram = Documents.diagram(Documents.example(example));
		DiagramLayout layout = ElkTopologyLayout.layout(diagram);
		assertEquals(diagram.nodes().size(), layout.nodes().size());
		List<NodeBox> boxes = new ArrayList<>(layout.nodes().values());
		for (int i = 0; i < boxes.size(); i++) {
			NodeBox a = boxes.get(i);
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= layout.width() && a.y() + a.height() <= layout.height(), a.toString());
			assertTrue(a.width() >= NodeGeometry.MIN_WIDTH, a.toString());
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(a.overlaps(boxes.get(j)), a + " overlaps " + boxes.get(j));
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			EdgeRoute route = layout.edges().get(edge.id());
			assertTrue(route.points().size() >= 2, edge.toString());
			// orthogonal routing: every segment is horizontal or vertical
			for (int k = 1; k < route.points().size(); k++) {
				Point p = route.points().get(k - 1);
				Point q = route.points().get(k);
				assertTrue(Math.abs(p.x() - q.x()) < 0.01 || Math.abs(p.y() - q.y()) < 0.01, edge + ": " + route.points());
			}
		}
	}

	@Test
	void theLayoutIsTheSameEveryTime() {
		TopologyDiagram diagram = Documents.diagram(Documents.example("tee-network.diac"));
		assertEquals(ElkTopologyLayout.layout(diagram), ElkTopologyLayout.layout(diagram));
	}

	@Test
	void pinnedPositionsWinAndTheirEdgesAreRerouted() {
		TopologyDiagram diagram = Documents.diagram(Documents.example("sharding-network.diac"));
		DiagramLayout free = ElkTopologyLayout.layout(diagram);
		DiagramLayout pinned = ElkTopologyLayout.layout(diagram, Map.of("carol", new Point(1500, 900), "nobody", new Point(5, 5)));
		NodeBox carol = pinned.nodes().get("carol");
		assertTrue(carol.pinned());
		assertEquals(1500, carol.x(), 0.001);
		assertEquals(900, carol.y(), 0.001);
		assertFalse(pinned.nodes().get("alice").pinned());
		assertEquals(free.nodes().get("alice"), pinned.nodes().get("alice"));
		DiagramEdge operatedBy = diagram.edges().stream().filter(e -> e.target().equals("carol")).findFirst().orElseThrow();
		List<Point> points = pinned.edges().get(operatedBy.id()).points();
		Point end = points.get(points.size() - 1);
		assertEquals(carol.centerX(), end.x(), 0.001);
		assertEquals(carol.y(), end.y(), 0.001);
		assertTrue(pinned.width() >= 1500 + carol.width());
	}

	@Test
	void positionsLeftOfOrAboveTheOriginMoveEverythingIntoView() {
		TopologyDiagram diagram = Documents.diagram(Documents.example("tee-network.diac"));
		DiagramLayout layout = ElkTopologyLayout.layout(diagram, Map.of("alice", new Point(-300, -200)));
		NodeBox alice = layout.nodes().get("alice");
		assertEquals(ElkTopologyLayout.PADDING, alice.x(), 0.001);
		assertEquals(ElkTopologyLayout.PADDING, alice.y(), 0.001);
		layout.nodes().values().forEach(b -> assertTrue(b.x() >= 0 && b.y() >= 0, b.toString()));
	}
}
