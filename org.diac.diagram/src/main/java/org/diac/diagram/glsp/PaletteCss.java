package org.diac.diagram.glsp;

import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.svg.Palette;

/** CSS rules for the browser from the static SVG's palette: one fill and stroke per node kind, one style per edge kind. */
public final class PaletteCss {

	private PaletteCss() {
	}

	public static String css() {
		StringBuilder css = new StringBuilder();
		for (NodeKind kind : NodeKind.values()) {
			css.append(".diac-node.kind-").append(kind.label()).append(" > .sprotty-node { fill: ").append(Palette.fill(kind))
					.append("; stroke: ").append(Palette.stroke(kind)).append("; }\n");
		}
		for (EdgeKind kind : EdgeKind.values()) {
			String dashes = Palette.dashes(kind);
			css.append(".diac-edge.edge-").append(kind.label()).append(" > .sprotty-edge, .diac-edge.edge-").append(kind.label())
					.append(" > path { stroke: ").append(Palette.color(kind)).append(dashes == null ? "" : "; stroke-dasharray: " + dashes)
					.append("; }\n");
		}
		return css.toString();
	}
}
