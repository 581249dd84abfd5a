package org.diac.diagram.layout;

/** Where a node is drawn: its top-left corner and size. {@code pinned} when the position comes from the sidecar. */
public record NodeBox(String id, double x, double y, double width, double height, boolean pinned) {

	public boolean overlaps(NodeBox other) {
		return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	NodeBox moved(double dx, double dy) {
		return new NodeBox(id, x + dx, y + dy, width, height, pinned);
	}
}
