package org.diac.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.EdgeRoute;
import org.diac.diagram.layout.NodeBox;
import org.diac.diagram.layout.NodeGeometry;
import org.diac.diagram.layout.Point;
import org.diac.diagram.model.Badge;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.TopologyDiagram;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueBuilder;
import org.eclipse.glsp.graph.builder.impl.GIssueMarkerBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * The GLSP graph of a diagram, laid out on the server: the same records and the same ELK layout as the static SVG,
 * so the browser shows what {@code diac diagram --svg} draws. Element types: {@code node:<kind>} (NodeKind labels),
 * {@code edge:<kind>} (EdgeKind labels), {@code label:name|type|detail|badge|edge}; diagnostics are issue markers.
 */
public final class TopologyGModel {

	public static final String NODE_PREFIX = "node:";
	public static final String EDGE_PREFIX = "edge:";
	/** The element type the palette creates; its argument {@code type} is the node type. */
	public static final String NEW_TEMPLATE = "node:template";
	public static final String TYPE_ARG = "type";
	/** The edge type the palette's requirement tool draws; the server decides which requirement it becomes. */
	public static final String NEW_REQUIREMENT = "edge:requirement";
	/** A node's name: the one label the user can edit (rename). */
	public static final String NAME_LABEL = "label:name";

	private TopologyGModel() {
	}

	public static GGraph build(TopologyDiagram diagram, DiagramLayout layout) {
		List<GModelElement> children = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			NodeBox box = layout.nodes().get(node.id());
			if (box != null) {
				children.add(node(node, box));
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			EdgeRoute route = layout.edges().get(edge.id());
			if (route != null) {
				children.add(edge(edge, route));
			}
		}
		return new GGraphBuilder().id("diagram").type("graph").addCssClass("diac-diagram").addAll(children).build();
	}

	/** A graph that says why there is nothing to draw (malformed YAML). */
	public static GGraph message(String title, List<Decoration> errors) {
		GGraphBuilder graph = new GGraphBuilder().id("diagram").type("graph").addCssClass("diac-diagram");
		double y = 40;
		graph.add(new GLabelBuilder("label:message").id("message-title").text(title).position(24, y).addCssClass("diac-message").build());
		for (Decoration error : errors) {
			y += 20;
			graph.add(new GLabelBuilder("label:message").id("message-" + (int) y).text(error.toText()).position(24, y)
					.addCssClass("diac-message").build());
		}
		return graph.build();
	}

	/**
	 * {@code graph} moved down to make room for an error banner at the top: the title and one line per error
	 * ({@code file:line:column: error CODE message}).
	 */
	public static GGraph withBanner(GGraph graph, String title, List<Decoration> errors) {
		double height = 30 + 20 * (errors.size() + 1);
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GNode node) {
				node.setPosition(GraphUtil.point(node.getPosition().getX(), node.getPosition().getY() + height));
			} else if (child instanceof GEdge edge) {
				edge.getRoutingPoints().forEach(p -> p.setY(p.getY() + height));
			}
		}
		double y = 30;
		graph.getChildren().add(new GLabelBuilder("label:message").id("message-title").text(title).position(24, y).addCssClass("diac-message")
				.addCssClass("diac-banner").build());
		for (Decoration error : errors) {
			y += 20;
			graph.getChildren().add(new GLabelBuilder("label:message").id("message-" + (int) y).text(error.toText()).position(24, y)
					.addCssClass("diac-message").addCssClass("diac-banner").build());
		}
		return graph;
	}

	static GNode node(DiagramNode node, NodeBox box) {
		double width = box.width();
		double center = (width - NodeGeometry.stack(node)) / 2;
		double top = NodeGeometry.stack(node);
		GNodeBuilder builder = new GNodeBuilder(NODE_PREFIX + node.kind().label()).id(node.id()).position(box.x(), box.y())
				.size(width, box.height()).addCssClass("diac-node").addCssClass("kind-" + node.kind().label());
		if (box.pinned()) {
			builder.addCssClass("pinned");
		}
		if (node.worst() != null) {
			builder.addCssClass("has-" + node.worst().label());
		}
		double baseline = top + NodeGeometry.PAD_TOP + NodeGeometry.NAME_SIZE;
		builder.add(label(NAME_LABEL, node.id() + "_name", node.name(), center, baseline));
		baseline += NodeGeometry.LINE;
		builder.add(label("label:type", node.id() + "_type", NodeGeometry.typeLabel(node), center, baseline));
		if (node.detail() != null) {
			baseline += NodeGeometry.LINE;
			builder.add(label("label:detail", node.id() + "_detail", node.detail(), center, baseline));
		}
		double x = NodeGeometry.PAD_X;
		double y = top + NodeGeometry.PAD_TOP + NodeGeometry.textLines(node) * NodeGeometry.LINE + NodeGeometry.BADGE_GAP + 10;
		for (int i = 0; i < node.badges().size(); i++) {
			Badge badge = node.badges().get(i);
			GLabel label = new GLabelBuilder("label:badge").id(node.id() + "_badge_" + i).text(NodeGeometry.badgeLabel(badge))
					.position(x + 6, y).addCssClass("badge-" + badge.kind().label()).build();
			builder.add(label);
			x += NodeGeometry.badgeWidth(badge) + NodeGeometry.BADGE_GAP;
		}
		List<Decoration> decorations = new ArrayList<>(node.decorations());
		node.badges().forEach(b -> decorations.addAll(b.decorations()));
		if (!decorations.isEmpty()) {
			List<GIssue> issues = decorations.stream()
					.map(d -> new GIssueBuilder().severity(d.severity().label()).message(d.code() + " " + d.message() + " (line " + d.line() + ")").build())
					.toList();
			builder.add(new GIssueMarkerBuilder().id(node.id() + "_issues").position(width - 8, -8).size(16, 16).addIssues(issues).build());
		}
		return builder.build();
	}

	private static GLabel label(String type, String id, String text, double x, double y) {
		return new GLabelBuilder(type).id(id).text(text).position(x, y).build();
	}

	static GEdge edge(DiagramEdge edge, EdgeRoute route) {
		GEdgeBuilder builder = new GEdgeBuilder(EDGE_PREFIX + edge.kind().label()).id(edge.id()).sourceId(edge.source())
				.targetId(edge.target()).addCssClass("diac-edge").addCssClass("edge-" + edge.kind().label());
		List<Point> points = route.points();
		for (int i = 1; i < points.size() - 1; i++) {
			builder.addRoutingPoint(points.get(i).x(), points.get(i).y());
		}
		builder.add(new GLabelBuilder("label:edge").id(edge.id() + "_label").text(edge.label())
				.edgePlacement(new GEdgePlacementBuilder().position(0.5).side("on").rotate(false).offset(0).build()).build());
		return builder.build();
	}
}
