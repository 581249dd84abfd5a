package org.diac.diagram.svg;

import static org.diac.diagram.layout.NodeGeometry.BADGE_GAP;
import static org.diac.diagram.layout.NodeGeometry.BADGE_HEIGHT;
import static org.diac.diagram.layout.NodeGeometry.BADGE_SIZE;
import static org.diac.diagram.layout.NodeGeometry.EDGE_LABEL_SIZE;
import static org.diac.diagram.layout.NodeGeometry.LINE;
import static org.diac.diagram.layout.NodeGeometry.NAME_SIZE;
import static org.diac.diagram.layout.NodeGeometry.PAD_TOP;
import static org.diac.diagram.layout.NodeGeometry.SHAPE_INSET;
import static org.diac.diagram.layout.NodeGeometry.TYPE_SIZE;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.EdgeRoute;
import org.diac.diagram.layout.NodeBox;
import org.diac.diagram.layout.NodeGeometry;
import org.diac.diagram.layout.Point;
import org.diac.diagram.layout.TextMetrics;
import org.diac.diagram.model.Badge;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.model.Severity;
import org.diac.diagram.model.TopologyDiagram;

/**
 * A laid-out diagram as a static SVG 1.1 document, written through {@link javax.xml.stream.XMLStreamWriter}: a
 * heading with the counts, the diagnostics that belong to no element, the nodes (outline by kind, name, «type», the
 * kind's detail, badges), the edges (colour and dashes by kind, arrowhead, label), decorations whose {@code <title>}
 * is the diagnostic's text (a tooltip in browsers), and a legend. Presentation attributes, not CSS, so that any
 * viewer draws the same picture.
 */
public final class SvgDiagramWriter {

	static final String SVG = "http://www.w3.org/2000/svg";
	private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
	private static final double MARGIN = 24;
	private static final int MAX_DOCUMENT_LINES = 12;

	private final TopologyDiagram diagram;
	private final DiagramLayout layout;
	private XmlOut out;

	private SvgDiagramWriter(TopologyDiagram diagram, DiagramLayout layout) {
		this.diagram = diagram;
		this.layout = layout;
	}

	public static void write(TopologyDiagram diagram, DiagramLayout layout, Writer writer) throws IOException {
		try {
			new SvgDiagramWriter(diagram, layout).write(writer);
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the SVG: " + e.getMessage(), e);
		}
	}

	private void write(Writer writer) throws XMLStreamException {
		List<String> documentLines = documentLines();
		double headerHeight = 56 + (documentLines.isEmpty() ? 0 : documentLines.size() * LINE + 8);
		Legend legend = new Legend();
		double width = Math.max(Math.max(layout.width(), legend.width() + 2 * MARGIN), headerWidth(documentLines) + 2 * MARGIN);
		double height = headerHeight + layout.height() + legend.height() + MARGIN;

		out = new XmlOut(writer);
		out.startDocument();
		out.startRoot("svg", SVG, "version", "1.1", "width", width, "height", height, "viewBox",
				"0 0 " + XmlOut.number(width) + " " + XmlOut.number(height), "font-family", FONT);
		out.text("title", diagram.title());
		out.empty("rect", "x", 0.0, "y", 0.0, "width", width, "height", height, "fill", "#ffffff");
		markers();
		header(documentLines);
		out.start("g", "class", "diagram", "transform", "translate(0," + XmlOut.number(headerHeight) + ")");
		for (DiagramEdge edge : diagram.edges()) {
			EdgeRoute route = layout.edges().get(edge.id());
			if (route != null) {
				edge(edge, route);
			}
		}
		for (DiagramNode node : diagram.nodes()) {
			NodeBox box = layout.nodes().get(node.id());
			if (box != null) {
				node(node, box);
			}
		}
		out.end();
		legend.draw(headerHeight + layout.height());
		out.end();
		out.endDocument();
	}

	// ---- heading -------------------------------------------------------------------------------------------------

	private List<String> documentLines() {
		List<String> lines = new ArrayList<>();
		for (Decoration d : diagram.decorations()) {
			if (lines.size() == MAX_DOCUMENT_LINES - 1 && diagram.decorations().size() > MAX_DOCUMENT_LINES) {
				lines.add("… and " + (diagram.decorations().size() - lines.size()) + " more (diac validate lists them)");
				break;
			}
			lines.add(d.toText());
		}
		return lines;
	}

	private double headerWidth(List<String> documentLines) {
		double width = TextMetrics.width(diagram.title(), 16, true);
		for (String line : documentLines) {
			width = Math.max(width, 18 + TextMetrics.width(line, 11, false));
		}
		return Math.min(width, 1600);
	}

	private void header(List<String> documentLines) throws XMLStreamException {
		out.start("g", "class", "header");
		out.text("text", diagram.title(), "x", MARGIN, "y", 28.0, "font-size", "16", "font-weight", "bold", "fill", Palette.TEXT);
		out.text("text", summary(), "x", MARGIN, "y", 46.0, "font-size", "11", "fill", Palette.MUTED);
		double y = 64;
		int i = 0;
		for (String line : documentLines) {
			Severity severity = i < diagram.decorations().size() ? diagram.decorations().get(i).severity() : Severity.INFO;
			out.start("g", "class", "decoration document " + severity.label());
			out.text("title", line);
			out.empty("circle", "cx", MARGIN + 5, "cy", y - 4, "r", 5.0, "fill", Palette.color(severity));
			out.text("text", line, "x", MARGIN + 16, "y", y, "font-size", "11", "fill", Palette.TEXT);
			out.end();
			y += LINE;
			i++;
		}
		out.end();
	}

	private String summary() {
		long errors = count(Severity.ERROR);
		long warnings = count(Severity.WARNING);
		return diagram.nodes().size() + " node templates · " + diagram.edges().size() + " relationships · " + errors
				+ (errors == 1 ? " error · " : " errors · ") + warnings + (warnings == 1 ? " warning" : " warnings")
				+ " · layout: ELK layered";
	}

	private long count(Severity severity) {
		long n = diagram.decorations().stream().filter(d -> d.severity() == severity).count();
		for (DiagramNode node : diagram.nodes()) {
			n += node.decorations().stream().filter(d -> d.severity() == severity).count();
		}
		// a policy's diagnostics show on each of its targets but are counted once
		n += diagram.nodes().stream().flatMap(node -> node.badges().stream()).distinct()
				.flatMap(b -> b.decorations().stream()).filter(d -> d.severity() == severity).count();
		return n;
	}

	// ---- edges ---------------------------------------------------------------------------------------------------

	private void markers() throws XMLStreamException {
		out.start("defs");
		for (EdgeKind kind : EdgeKind.values()) {
			out.start("marker", "id", "arrow-" + kind.label(), "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
					"markerWidth", "8", "markerHeight", "8", "orient", "auto", "markerUnits", "userSpaceOnUse");
			out.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", Palette.color(kind));
			out.end();
		}
		out.end();
	}

	private void edge(DiagramEdge edge, EdgeRoute route) throws XMLStreamException {
		out.start("g", "class", "edge " + edge.kind().label(), "data-source", edge.source(), "data-target", edge.target());
		out.text("title", edge.source() + " → " + edge.target() + ": " + edge.label());
		out.empty("path", "d", path(route.points()), "fill", "none", "stroke", Palette.color(edge.kind()), "stroke-width",
				Palette.width(edge.kind()), "stroke-dasharray", Palette.dashes(edge.kind()), "marker-end",
				"url(#arrow-" + edge.kind().label() + ")");
		Point label = route.label();
		out.empty("rect", "x", label.x(), "y", label.y(), "width", route.labelWidth(), "height", route.labelHeight(), "rx", 3.0,
				"fill", "#ffffff", "fill-opacity", "0.9");
		out.text("text", edge.label(), "x", label.x() + route.labelWidth() / 2, "y", label.y() + route.labelHeight() - 4.5,
				"font-size", XmlOut.number(EDGE_LABEL_SIZE), "text-anchor", "middle", "fill", Palette.color(edge.kind()));
		out.end();
	}

	private static String path(List<Point> points) {
		StringBuilder d = new StringBuilder();
		for (Point p : points) {
			d.append(d.length() == 0 ? "M" : " L").append(XmlOut.number(p.x())).append(',').append(XmlOut.number(p.y()));
		}
		return d.toString();
	}

	// ---- nodes ---------------------------------------------------------------------------------------------------

	private void node(DiagramNode node, NodeBox box) throws XMLStreamException {
		Severity worst = node.worst();
		out.start("g", "class", "node " + node.kind().label() + (worst == null ? "" : " " + worst.label()), "data-node", node.id(),
				"data-kind", node.kind().label(), "transform", "translate(" + XmlOut.number(box.x()) + "," + XmlOut.number(box.y()) + ")");
		out.text("title", node.name() + " «" + node.type() + "»" + (node.detail() == null ? "" : " " + node.detail()));
		String stroke = worst == Severity.ERROR || worst == Severity.WARNING ? Palette.color(worst) : Palette.stroke(node.kind());
		double strokeWidth = worst == Severity.ERROR || worst == Severity.WARNING ? 2.5 : 1.5;
		double stack = NodeGeometry.stack(node);
		double width = box.width() - stack;
		if (stack > 0) {
			// the instances behind the front card, which takes the box's lower left
			String fill = Palette.fill(node.kind());
			out.empty("rect", "x", stack, "y", 0.0, "width", width, "height", box.height() - stack, "rx", 4.0, "fill", fill, "stroke",
					stroke, "stroke-width", 1.0);
			out.empty("rect", "x", stack / 2, "y", stack / 2, "width", width, "height", box.height() - stack, "rx", 4.0, "fill", fill,
					"stroke", stroke, "stroke-width", 1.0);
			out.start("g", "transform", "translate(0," + XmlOut.number(stack) + ")");
		}
		shape(node, width, box.height() - stack, stroke, strokeWidth);
		double top = PAD_TOP + (node.kind() == NodeKind.STORAGE ? SHAPE_INSET : 0);
		double cx = width / 2;
		out.text("text", node.name(), "x", cx, "y", top + NAME_SIZE, "font-size", XmlOut.number(NAME_SIZE), "font-weight", "bold",
				"text-anchor", "middle", "fill", Palette.TEXT);
		out.text("text", NodeGeometry.typeLabel(node), "x", cx, "y", top + LINE + TYPE_SIZE + 1, "font-size",
				XmlOut.number(TYPE_SIZE), "text-anchor", "middle", "fill", Palette.MUTED);
		if (node.detail() != null) {
			out.text("text", node.detail(), "x", cx, "y", top + 2 * LINE + TYPE_SIZE + 1, "font-size", XmlOut.number(TYPE_SIZE),
					"text-anchor", "middle", "fill", Palette.stroke(node.kind()), "font-weight", "bold");
		}
		badges(node, width, top + NodeGeometry.textLines(node) * LINE + BADGE_GAP);
		if (!node.decorations().isEmpty()) {
			marker(node.decorations(), width);
		}
		if (stack > 0) {
			out.end();
		}
		out.end();
	}

	private void shape(DiagramNode node, double w, double h, String stroke, double strokeWidth) throws XMLStreamException {
		String fill = Palette.fill(node.kind());
		double i = SHAPE_INSET;
		switch (node.kind()) {
			case OPERATOR -> out.empty("rect", "width", w, "height", h, "rx", Math.min(h / 2, 22), "fill", fill, "stroke", stroke,
					"stroke-width", strokeWidth);
			case WORKER -> out.empty("rect", "width", w, "height", h, "rx", 4.0, "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
			case NODE_GROUP -> {
				out.empty("rect", "width", w, "height", h, "rx", 10.0, "fill", fill, "stroke", stroke, "stroke-width", strokeWidth,
						"stroke-dasharray", "8 4");
				out.empty("rect", "x", 4.0, "y", 4.0, "width", w - 8, "height", h - 8, "rx", 7.0, "fill", "none", "stroke", stroke,
						"stroke-width", 0.8, "stroke-dasharray", "8 4");
			}
			case VALIDATOR -> out.empty("polygon", "points", points(i, 0, w - i, 0, w, h / 2, w - i, h, i, h, 0, h / 2), "fill", fill,
					"stroke", stroke, "stroke-width", strokeWidth);
			case PROXY -> out.empty("polygon", "points", points(i, 0, w, 0, w - i, h, 0, h), "fill", fill, "stroke", stroke,
					"stroke-width", strokeWidth);
			case STORAGE -> {
				double e = i / 2 + 1;
				out.empty("path", "d", "M0," + XmlOut.number(e) + " A" + XmlOut.number(w / 2) + "," + XmlOut.number(e) + " 0 0 1 "
						+ XmlOut.number(w) + "," + XmlOut.number(e) + " V" + XmlOut.number(h - e) + " A" + XmlOut.number(w / 2) + ","
						+ XmlOut.number(e) + " 0 0 1 0," + XmlOut.number(h - e) + " Z", "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
				out.empty("ellipse", "cx", w / 2, "cy", e, "rx", w / 2, "ry", e, "fill", "none", "stroke", stroke, "stroke-width", strokeWidth);
			}
			case TOSCA -> out.empty("rect", "width", w, "height", h, "rx", 3.0, "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
		}
	}

	private static String points(double... xy) {
		StringBuilder s = new StringBuilder();
		for (int k = 0; k < xy.length; k += 2) {
			s.append(k == 0 ? "" : " ").append(XmlOut.number(xy[k])).append(',').append(XmlOut.number(xy[k + 1]));
		}
		return s.toString();
	}

	private void badges(DiagramNode node, double width, double y) throws XMLStreamException {
		double total = 0;
		for (Badge badge : node.badges()) {
			total += NodeGeometry.badgeWidth(badge) + BADGE_GAP;
		}
		double x = (width - total + BADGE_GAP) / 2;
		for (Badge badge : node.badges()) {
			double w = NodeGeometry.badgeWidth(badge);
			Severity worst = badge.decorations().stream().map(Decoration::severity).min(Enum::compareTo).orElse(null);
			out.start("g", "class", "badge " + badge.kind().label() + (worst == null ? "" : " " + worst.label()));
			out.text("title", badge.kind().label() + " " + badge.name() + (badge.type() == null ? "" : " «" + badge.type() + "»")
					+ badge.decorations().stream().map(d -> "\n" + d.toText()).collect(Collectors.joining()));
			boolean policy = badge.kind() == Badge.Kind.POLICY;
			out.empty("rect", "x", x, "y", y, "width", w, "height", BADGE_HEIGHT, "rx", policy ? 7.5 : 2.0, "fill",
					policy ? Palette.POLICY_FILL : Palette.GROUP_FILL, "stroke", worst == null ? Palette.POLICY_STROKE : Palette.color(worst),
					"stroke-width", worst == null ? 0.8 : 1.6, "stroke-dasharray", policy ? null : "3 2");
			out.text("text", NodeGeometry.badgeLabel(badge), "x", x + w / 2, "y", y + BADGE_HEIGHT - 4, "font-size",
					XmlOut.number(BADGE_SIZE), "text-anchor", "middle", "fill", Palette.MUTED);
			out.end();
			x += w + BADGE_GAP;
		}
	}

	/** The corner mark of a node with diagnostics; its title lists them, one per line. */
	private void marker(List<Decoration> decorations, double width) throws XMLStreamException {
		Severity worst = decorations.stream().map(Decoration::severity).min(Enum::compareTo).orElseThrow();
		out.start("g", "class", "decoration " + worst.label(), "transform", "translate(" + XmlOut.number(width - 2) + ",2)");
		out.text("title", decorations.stream().map(Decoration::toText).collect(Collectors.joining("\n")));
		decorationIcon(worst, 0, 0);
		out.end();
	}

	private void decorationIcon(Severity severity, double cx, double cy) throws XMLStreamException {
		if (severity == Severity.WARNING) {
			out.empty("polygon", "points", points(cx, cy - 10, cx + 10, cy + 8, cx - 10, cy + 8), "fill", Palette.color(severity),
					"stroke", "#ffffff", "stroke-width", 1.5);
			out.text("text", "!", "x", cx, "y", cy + 6, "font-size", "11", "font-weight", "bold", "text-anchor", "middle", "fill", "#ffffff");
		} else {
			out.empty("circle", "cx", cx, "cy", cy, "r", 9.0, "fill", Palette.color(severity), "stroke", "#ffffff", "stroke-width", 1.5);
			out.text("text", severity == Severity.ERROR ? "!" : "i", "x", cx, "y", cy + 4, "font-size", "12", "font-weight", "bold",
					"text-anchor", "middle", "fill", "#ffffff");
		}
	}

	// ---- legend --------------------------------------------------------------------------------------------------

	/** Three rows: node kinds, relationship kinds, badges and decorations. */
	private final class Legend {

		private static final double ROW = 30;
		private static final double SWATCH_W = 34;
		private static final double SWATCH_H = 20;

		double width() {
			double nodes = 70;
			for (NodeKind kind : NodeKind.values()) {
				nodes += SWATCH_W + 6 + TextMetrics.width(kind.label(), 11, false) + 18;
			}
			double edges = 70;
			for (EdgeKind kind : EdgeKind.values()) {
				edges += 40 + TextMetrics.width(kind.label(), 11, false) + 18;
			}
			return Math.max(nodes, edges);
		}

		double height() {
			return 20 + 3 * ROW;
		}

		void draw(double top) throws XMLStreamException {
			out.start("g", "class", "legend", "transform", "translate(" + XmlOut.number(MARGIN) + "," + XmlOut.number(top + 8) + ")");
			out.empty("line", "x1", 0.0, "y1", 0.0, "x2", width(), "y2", 0.0, "stroke", "#e5e7eb");
			double y = 22;
			out.text("text", "nodes", "x", 0.0, "y", y + 4, "font-size", "11", "font-weight", "bold", "fill", Palette.MUTED);
			double x = 70;
			for (NodeKind kind : NodeKind.values()) {
				out.start("g", "class", "legend-node " + kind.label(), "transform",
						"translate(" + XmlOut.number(x) + "," + XmlOut.number(y - SWATCH_H / 2) + ")");
				shape(sample(kind), SWATCH_W, SWATCH_H, Palette.stroke(kind), 1.2);
				out.end();
				out.text("text", kind.label(), "x", x + SWATCH_W + 6, "y", y + 4, "font-size", "11", "fill", Palette.TEXT);
				x += SWATCH_W + 6 + TextMetrics.width(kind.label(), 11, false) + 18;
			}
			y += ROW;
			out.text("text", "relations", "x", 0.0, "y", y + 4, "font-size", "11", "font-weight", "bold", "fill", Palette.MUTED);
			x = 70;
			for (EdgeKind kind : EdgeKind.values()) {
				out.empty("path", "d", "M" + XmlOut.number(x) + "," + XmlOut.number(y) + " L" + XmlOut.number(x + 32) + "," + XmlOut.number(y),
						"stroke", Palette.color(kind), "stroke-width", Palette.width(kind), "stroke-dasharray", Palette.dashes(kind),
						"marker-end", "url(#arrow-" + kind.label() + ")");
				out.text("text", kind.label(), "x", x + 40, "y", y + 4, "font-size", "11", "fill", Palette.color(kind));
				x += 40 + TextMetrics.width(kind.label(), 11, false) + 18;
			}
			y += ROW;
			out.text("text", "marks", "x", 0.0, "y", y + 4, "font-size", "11", "font-weight", "bold", "fill", Palette.MUTED);
			x = 70;
			out.empty("rect", "x", x, "y", y - 7.5, "width", 46.0, "height", BADGE_HEIGHT, "rx", 7.5, "fill", Palette.POLICY_FILL,
					"stroke", Palette.POLICY_STROKE, "stroke-width", 0.8);
			out.text("text", "policy", "x", x + 23, "y", y + 3.5, "font-size", XmlOut.number(BADGE_SIZE), "text-anchor", "middle", "fill", Palette.MUTED);
			out.text("text", "policy on its targets", "x", x + 52, "y", y + 4, "font-size", "11", "fill", Palette.TEXT);
			x += 52 + TextMetrics.width("policy on its targets", 11, false) + 18;
			out.empty("rect", "x", x, "y", y - 7.5, "width", 46.0, "height", BADGE_HEIGHT, "rx", 2.0, "fill", Palette.GROUP_FILL,
					"stroke", Palette.POLICY_STROKE, "stroke-width", 0.8, "stroke-dasharray", "3 2");
			out.text("text", "group", "x", x + 23, "y", y + 3.5, "font-size", XmlOut.number(BADGE_SIZE), "text-anchor", "middle", "fill", Palette.MUTED);
			out.text("text", "TOSCA group on its members", "x", x + 52, "y", y + 4, "font-size", "11", "fill", Palette.TEXT);
			x += 52 + TextMetrics.width("TOSCA group on its members", 11, false) + 24;
			decorationIcon(Severity.ERROR, x, y);
			out.text("text", "error", "x", x + 14, "y", y + 4, "font-size", "11", "fill", Palette.TEXT);
			x += 14 + TextMetrics.width("error", 11, false) + 22;
			decorationIcon(Severity.WARNING, x, y);
			out.text("text", "warning (hover: the message)", "x", x + 14, "y", y + 4, "font-size", "11", "fill", Palette.TEXT);
			out.end();
		}

		private DiagramNode sample(NodeKind kind) {
			return new DiagramNode(kind.label(), kind, kind.typeName(), null, kind == NodeKind.WORKER ? 1 : null, List.of(), List.of());
		}
	}
}
