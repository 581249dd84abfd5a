package org.diac.diagram.svg;

import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.model.Severity;

/** Colours and strokes by kind: fill and outline of nodes, colour and dashes of edges, colours of decorations. */
public final class Palette {

	private Palette() {
	}

	public static String fill(NodeKind kind) {
		return switch (kind) {
			case OPERATOR -> "#fef3c7";
			case WORKER -> "#dbeafe";
			case NODE_GROUP -> "#ede9fe";
			case VALIDATOR -> "#dcfce7";
			case PROXY -> "#ffedd5";
			case STORAGE -> "#e0f2fe";
			case TOSCA -> "#f3f4f6";
		};
	}

	public static String stroke(NodeKind kind) {
		return switch (kind) {
			case OPERATOR -> "#b45309";
			case WORKER -> "#1d4ed8";
			case NODE_GROUP -> "#6d28d9";
			case VALIDATOR -> "#15803d";
			case PROXY -> "#c2410c";
			case STORAGE -> "#0369a1";
			case TOSCA -> "#4b5563";
		};
	}

	public static String color(EdgeKind kind) {
		return switch (kind) {
			case OPERATED_BY -> "#b45309";
			case COMPOSED_OF -> "#6d28d9";
			case VALIDATES -> "#15803d";
			case CONNECTS_TO -> "#c2410c";
			case HOST -> "#111827";
			case DEPENDENCY -> "#6b7280";
		};
	}

	/** SVG stroke-dasharray, or null for a solid line. */
	public static String dashes(EdgeKind kind) {
		return switch (kind) {
			case OPERATED_BY -> "7 4";
			case VALIDATES -> "2 3";
			case DEPENDENCY -> "5 5";
			default -> null;
		};
	}

	static double width(EdgeKind kind) {
		return kind == EdgeKind.COMPOSED_OF || kind == EdgeKind.HOST ? 2.2 : 1.5;
	}

	public static String color(Severity severity) {
		return switch (severity) {
			case ERROR -> "#dc2626";
			case WARNING -> "#d97706";
			case INFO -> "#2563eb";
		};
	}

	static final String TEXT = "#111827";
	static final String MUTED = "#4b5563";
	static final String POLICY_FILL = "#ffffff";
	static final String POLICY_STROKE = "#64748b";
	static final String GROUP_FILL = "#f1f5f9";
}
