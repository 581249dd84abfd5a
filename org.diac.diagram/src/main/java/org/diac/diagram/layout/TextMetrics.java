package org.diac.diagram.layout;

/**
 * Text widths without a font: an average advance per character class for a sans-serif face such as DejaVu Sans
 * (the widest common one), so boxes are large enough wherever the SVG is viewed and the layout does not depend on
 * the fonts installed where it is made (AWT's metrics would, and need a display or headless font set-up).
 */
public final class TextMetrics {

	private TextMetrics() {
	}

	/** The width of {@code text} at {@code size} pixels, bold or not. */
	public static double width(String text, double size, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("iljI.,:;'|!()[] ".indexOf(c) >= 0) {
				em += 0.34;
			} else if ("mwMW@%".indexOf(c) >= 0) {
				em += 0.92;
			} else if (Character.isUpperCase(c) || c == '_' || c == '×') {
				em += 0.70;
			} else {
				em += 0.62;
			}
		}
		return Math.ceil(em * size * (bold ? 1.08 : 1.0));
	}
}
