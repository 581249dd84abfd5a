package org.diac.diagram.layout;

import java.util.List;

/** An edge's path (start, bend points, end) and its label's box (top-left corner and size). */
public record EdgeRoute(String id, List<Point> points, Point label, double labelWidth, double labelHeight) {

	public EdgeRoute {
		points = List.copyOf(points);
	}

	EdgeRoute moved(double dx, double dy) {
		return new EdgeRoute(id, points.stream().map(p -> p.plus(dx, dy)).toList(), label.plus(dx, dy), labelWidth, labelHeight);
	}
}
