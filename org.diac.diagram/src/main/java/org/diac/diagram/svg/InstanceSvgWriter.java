package org.diac.diagram.svg;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.diac.diagram.instances.InstanceView;
import org.diac.diagram.layout.TextMetrics;

/**
 * The instance level of a document as a static SVG ({@code diac diagram --svg --instances}): a legend with one colour
 * per operator (its stake and slot count), then one column per group (shard) holding one box per worker instance,
 * filled with the colour of the operator that runs it. Each instance is a {@code <g class="instance">} with
 * {@code data-instance}, {@code data-operator} and a {@code <title>} tooltip, so tests and tools can read it back.
 */
public final class InstanceSvgWriter {

	/** Distinct light fills, dark text stays readable on each; operators beyond them reuse the colours in order. */
	static final List<String> OPERATOR_COLOURS = List.of("#93c5fd", "#fca5a5", "#86efac", "#fcd34d", "#c4b5fd", "#f9a8d4", "#5eead4",
			"#fdba74", "#a5b4fc", "#bef264", "#d8b4fe", "#7dd3fc");
	private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
	private static final double MARGIN = 24;
	private static final double SLOT_WIDTH = 150;
	private static final double SLOT_HEIGHT = 36;
	private static final double SLOT_GAP = 8;
	private static final double COLUMN_GAP = 20;
	private static final double FRAME_PAD = 10;
	private static final double FRAME_HEAD = 30;
	private static final double LEGEND_ROW = 22;

	private final InstanceView view;
	private final Map<String, String> colours = new HashMap<>();
	private XmlOut out;

	private InstanceSvgWriter(InstanceView view) {
		this.view = view;
		for (int i = 0; i < view.operators().size(); i++) {
			colours.put(view.operators().get(i).name(), OPERATOR_COLOURS.get(i % OPERATOR_COLOURS.size()));
		}
	}

	/** Writes the view; {@code view} must be mapped ({@link InstanceView#mapped()}). */
	public static void write(InstanceView view, Writer writer) throws IOException {
		if (!view.mapped()) {
			throw new IllegalArgumentException("nothing mapped: " + view.problems());
		}
		try {
			new InstanceSvgWriter(view).write(writer);
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the SVG: " + e.getMessage(), e);
		}
	}

	/** The fill of an operator's instances. */
	String colour(String operator) {
		return colours.getOrDefault(operator, "#e5e7eb");
	}

	private void write(Writer writer) throws XMLStreamException {
		double frameWidth = SLOT_WIDTH + 2 * FRAME_PAD;
		int tallest = view.groups().stream().mapToInt(g -> g.slots().size()).max().orElse(0);
		double frameHeight = FRAME_HEAD + tallest * (SLOT_HEIGHT + SLOT_GAP) + FRAME_PAD;
		double columnsWidth = view.groups().size() * frameWidth + Math.max(0, view.groups().size() - 1) * COLUMN_GAP;
		double width = Math.max(columnsWidth, Math.max(legendWidth(), TextMetrics.width(heading(), 16, true))) + 2 * MARGIN;
		double legendTop = 78;
		double framesTop = legendTop + view.operators().size() * LEGEND_ROW + 16;
		double height = framesTop + frameHeight + MARGIN;

		out = new XmlOut(writer);
		out.startDocument();
		out.startRoot("svg", SvgDiagramWriter.SVG, "version", "1.1", "width", width, "height", height, "viewBox",
				"0 0 " + XmlOut.number(width) + " " + XmlOut.number(height), "font-family", FONT);
		out.text("title", heading());
		out.empty("rect", "x", 0.0, "y", 0.0, "width", width, "height", height, "fill", "#ffffff");
		out.text("text", heading(), "x", MARGIN, "y", 34.0, "font-size", 16, "font-weight", "bold", "fill", "#111827");
		out.text("text", view.slotCount() + " worker instances in " + view.groups().size() + " groups, coloured by the operator that runs them; seed "
				+ abbreviated(view.seed()), "x", MARGIN, "y", 56.0, "font-size", 11, "fill", "#4b5563");
		legend(legendTop);
		double x = MARGIN;
		for (InstanceView.GroupSlots group : view.groups()) {
			group(group, x, framesTop, frameWidth, frameHeight);
			x += frameWidth + COLUMN_GAP;
		}
		out.end();
		out.endDocument();
	}

	private String heading() {
		return view.title() + " — instance level, epoch " + view.epoch();
	}

	private void legend(double top) throws XMLStreamException {
		out.start("g", "class", "legend");
		double y = top;
		for (InstanceView.OperatorShare operator : view.operators()) {
			out.start("g", "class", "operator", "data-operator", operator.name());
			out.empty("rect", "x", MARGIN, "y", y - 12, "width", 14.0, "height", 14.0, "rx", 3.0, "fill", colour(operator.name()), "stroke", "#374151");
			out.text("text", legendText(operator), "x", MARGIN + 22, "y", y, "font-size", 12, "fill", "#111827");
			out.end();
			y += LEGEND_ROW;
		}
		out.end();
	}

	private static String legendText(InstanceView.OperatorShare operator) {
		return operator.name() + ": stake " + operator.stake() + (operator.continent() == null ? "" : ", " + operator.continent()) + ", "
				+ operator.slots() + (operator.slots() == 1 ? " slot" : " slots");
	}

	private double legendWidth() {
		return view.operators().stream().mapToDouble(o -> 22 + TextMetrics.width(legendText(o), 12, false)).max().orElse(0);
	}

	private void group(InstanceView.GroupSlots group, double x, double y, double width, double height) throws XMLStreamException {
		out.start("g", "class", "group", "data-group", group.name());
		out.empty("rect", "x", x, "y", y, "width", width, "height", height, "rx", 8.0, "fill", "#f8fafc", "stroke", "#94a3b8",
				"stroke-dasharray", "6 3");
		out.text("text", group.name() + (group.nodeGroup() == null ? "" : " (" + group.nodeGroup() + ")"), "x", x + FRAME_PAD, "y", y + 20,
				"font-size", 12, "font-weight", "bold", "fill", "#334155");
		double slotY = y + FRAME_HEAD;
		for (InstanceView.Slot slot : group.slots()) {
			out.start("g", "class", "instance", "data-instance", slot.instance(), "data-operator", slot.operator());
			out.text("title", slot.instance() + " in " + group.name() + ", run by " + slot.operator());
			out.empty("rect", "x", x + FRAME_PAD, "y", slotY, "width", SLOT_WIDTH, "height", SLOT_HEIGHT, "rx", 6.0, "fill",
					colour(slot.operator()), "stroke", "#374151");
			out.text("text", slot.instance(), "x", x + FRAME_PAD + 8, "y", slotY + 15, "font-size", 12, "font-weight", "bold", "fill", "#111827");
			out.text("text", slot.operator(), "x", x + FRAME_PAD + 8, "y", slotY + 29, "font-size", 10, "fill", "#1f2937");
			out.end();
			slotY += SLOT_HEIGHT + SLOT_GAP;
		}
		out.end();
	}

	private static String abbreviated(String seed) {
		return seed == null || seed.length() <= 16 ? String.valueOf(seed) : seed.substring(0, 16) + "…";
	}
}
