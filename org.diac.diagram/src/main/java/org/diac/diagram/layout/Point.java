package org.diac.diagram.layout;

/** A point of the diagram's plane, in SVG user units (pixels), y pointing down. */
public record Point(double x, double y) {

	Point plus(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}
}
