package org.diac.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.TopologyDiagram;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK layered (direction DOWN, orthogonal routing) over the ElkGraph made from a diagram; nodes in document order
 * where the layering leaves a choice, so a small edit keeps the picture. Positions the user set (the sidecar file)
 * replace ELK's for those nodes, and their edges are re-routed orthogonally; ELK still lays the others out as if
 * those nodes were where it put them.
 */
public final class ElkTopologyLayout {

	public static final double PADDING = 24;

	static {
		// the jar has a META-INF/services entry too, which a flat class path with rewritten jars may not keep
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private ElkTopologyLayout() {
	}

	public static DiagramLayout layout(TopologyDiagram diagram) {
		return layout(diagram, Map.of());
	}

	/** @param pinned positions (top-left corners) by node id, from the sidecar; ids not in the diagram are ignored */
	public static DiagramLayout layout(TopologyDiagram diagram, Map<String, Point> pinned) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 50.0);
		root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			ElkNode elk = ElkGraphUtil.createNode(root);
			elk.setIdentifier(node.id());
			elk.setDimensions(NodeGeometry.width(node), NodeGeometry.height(node));
			elkNodes.put(node.id(), elk);
		}
		Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			ElkNode source = elkNodes.get(edge.source());
			ElkNode target = elkNodes.get(edge.target());
			if (source == null || target == null) {
				continue;
			}
			ElkEdge elk = ElkGraphUtil.createSimpleEdge(source, target);
			elk.setIdentifier(edge.id());
			ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
			label.setDimensions(NodeGeometry.labelWidth(edge), NodeGeometry.labelHeight());
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			elkEdges.put(edge.id(), elk);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Map<String, NodeBox> boxes = new LinkedHashMap<>();
		elkNodes.forEach((id, elk) -> {
			Point user = pinned.get(id);
			boxes.put(id, user == null ? new NodeBox(id, elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight(), false)
					: new NodeBox(id, user.x(), user.y(), elk.getWidth(), elk.getHeight(), true));
		});
		Map<String, DiagramEdge> byId = new HashMap<>();
		diagram.edges().forEach(e -> byId.put(e.id(), e));
		Map<String, EdgeRoute> routes = new LinkedHashMap<>();
		elkEdges.forEach((id, elk) -> {
			DiagramEdge edge = byId.get(id);
			NodeBox source = boxes.get(edge.source());
			NodeBox target = boxes.get(edge.target());
			routes.put(id, source.pinned() || target.pinned() ? reroute(edge, source, target) : route(id, elk));
		});
		return normalized(boxes, routes);
	}

	private static EdgeRoute route(String id, ElkEdge elk) {
		List<Point> points = new ArrayList<>();
		if (!elk.getSections().isEmpty()) {
			ElkEdgeSection section = elk.getSections().get(0);
			points.add(new Point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX(), bend.getY()));
			}
			points.add(new Point(section.getEndX(), section.getEndY()));
		}
		ElkLabel label = elk.getLabels().get(0);
		return new EdgeRoute(id, points, new Point(label.getX(), label.getY()), label.getWidth(), label.getHeight());
	}

	/** An edge of a node the user placed: down (or up) from the source, across, and into the target. */
	static EdgeRoute reroute(DiagramEdge edge, NodeBox source, NodeBox target) {
		boolean down = target.y() >= source.y() + source.height() / 2;
		double sx = source.centerX();
		double tx = target.centerX();
		double sy = down ? source.y() + source.height() : source.y();
		double ty = down ? target.y() : target.y() + target.height();
		double my = (sy + ty) / 2;
		List<Point> points = List.of(new Point(sx, sy), new Point(sx, my), new Point(tx, my), new Point(tx, ty));
		double width = NodeGeometry.labelWidth(edge);
		double height = NodeGeometry.labelHeight();
		return new EdgeRoute(edge.id(), points, new Point((sx + tx) / 2 - width / 2, my - height - 2), width, height);
	}

	/** Moves everything so that nothing lies left of or above the padding (user positions may be anywhere). */
	private static DiagramLayout normalized(Map<String, NodeBox> boxes, Map<String, EdgeRoute> routes) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
		for (NodeBox box : boxes.values()) {
			minX = Math.min(minX, box.x());
			minY = Math.min(minY, box.y());
			maxX = Math.max(maxX, box.x() + box.width());
			maxY = Math.max(maxY, box.y() + box.height());
		}
		for (EdgeRoute route : routes.values()) {
			for (Point p : route.points()) {
				minX = Math.min(minX, p.x());
				minY = Math.min(minY, p.y());
				maxX = Math.max(maxX, p.x());
				maxY = Math.max(maxY, p.y());
			}
			minX = Math.min(minX, route.label().x());
			minY = Math.min(minY, route.label().y());
			maxX = Math.max(maxX, route.label().x() + route.labelWidth());
			maxY = Math.max(maxY, route.label().y() + route.labelHeight());
		}
		if (boxes.isEmpty()) {
			return new DiagramLayout(2 * PADDING, 2 * PADDING, boxes, routes);
		}
		double dx = PADDING - minX;
		double dy = PADDING - minY;
		Map<String, NodeBox> movedBoxes = new LinkedHashMap<>();
		boxes.forEach((id, box) -> movedBoxes.put(id, box.moved(dx, dy)));
		Map<String, EdgeRoute> movedRoutes = new LinkedHashMap<>();
		routes.forEach((id, route) -> movedRoutes.put(id, route.moved(dx, dy)));
		return new DiagramLayout(maxX + dx + PADDING, maxY + dy + PADDING, movedBoxes, movedRoutes, new Point(dx, dy));
	}
}
