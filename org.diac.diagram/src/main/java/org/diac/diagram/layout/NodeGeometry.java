package org.diac.diagram.layout;

import org.diac.diagram.model.Badge;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.NodeKind;

/**
 * The sizes that layout and drawing share: a node box holds its name, its type, the kind's detail line and a row
 * of badges; an edge label holds the edge's label. The SVG writer places text with the same numbers.
 */
public final class NodeGeometry {

	public static final double NAME_SIZE = 13;
	public static final double TYPE_SIZE = 11;
	public static final double BADGE_SIZE = 9.5;
	public static final double EDGE_LABEL_SIZE = 10;
	public static final double PAD_X = 14;
	public static final double PAD_TOP = 8;
	public static final double LINE = 16;
	public static final double BADGE_HEIGHT = 15;
	public static final double BADGE_GAP = 4;
	public static final double MIN_WIDTH = 140;
	/** Room the kind's outline takes from the box (a hexagon's points, a cylinder's top, a parallelogram's slant). */
	public static final double SHAPE_INSET = 12;
	/** How far a worker's stack of instances reaches right of and above its front card. */
	public static final double STACK = 8;

	private NodeGeometry() {
	}

	/** Lines of text in the node, the name first. */
	public static int textLines(DiagramNode node) {
		return node.detail() == null ? 2 : 3;
	}

	public static double width(DiagramNode node) {
		double text = TextMetrics.width(node.name(), NAME_SIZE, true);
		text = Math.max(text, TextMetrics.width(typeLabel(node), TYPE_SIZE, false));
		if (node.detail() != null) {
			text = Math.max(text, TextMetrics.width(node.detail(), TYPE_SIZE, false));
		}
		text = Math.max(text, badgesWidth(node));
		return Math.max(MIN_WIDTH, text + 2 * (PAD_X + inset(node.kind()))) + stack(node);
	}

	/**
	 * A worker of several (or an unknown number of) instances is drawn as a stack of cards, inside its box so
	 * that edges end on the stack, not under it.
	 */
	public static double stack(DiagramNode node) {
		return node.kind() == NodeKind.WORKER && (node.instances() == null || node.instances() > 1) ? STACK : 0;
	}

	public static double height(DiagramNode node) {
		double height = PAD_TOP + textLines(node) * LINE + PAD_TOP;
		if (!node.badges().isEmpty()) {
			height += BADGE_HEIGHT + BADGE_GAP;
		}
		if (node.kind() == NodeKind.STORAGE) {
			height += SHAPE_INSET; // the cylinder's top ellipse
		}
		return height + stack(node);
	}

	/** Horizontal room the outline takes on each side. */
	public static double inset(NodeKind kind) {
		return switch (kind) {
			case VALIDATOR, PROXY -> SHAPE_INSET;
			case OPERATOR -> SHAPE_INSET / 2;
			default -> 0;
		};
	}

	/** «type» as drawn under the name. */
	public static String typeLabel(DiagramNode node) {
		return "«" + node.type() + "»";
	}

	public static String badgeLabel(Badge badge) {
		return badge.name();
	}

	public static double badgeWidth(Badge badge) {
		return TextMetrics.width(badgeLabel(badge), BADGE_SIZE, false) + 12;
	}

	static double badgesWidth(DiagramNode node) {
		double width = 0;
		for (Badge badge : node.badges()) {
			width += badgeWidth(badge) + BADGE_GAP;
		}
		return node.badges().isEmpty() ? 0 : width - BADGE_GAP;
	}

	public static double labelWidth(DiagramEdge edge) {
		return TextMetrics.width(edge.label(), EDGE_LABEL_SIZE, false) + 8;
	}

	public static double labelHeight() {
		return EDGE_LABEL_SIZE + 6;
	}
}
