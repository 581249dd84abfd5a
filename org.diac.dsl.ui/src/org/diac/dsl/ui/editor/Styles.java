package org.diac.dsl.ui.editor;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/** Colours and font styles of the token kinds, lexical and semantic (LSP token type names). */
final class Styles {

	record Style(RGB color, int fontStyle) {
	}

	static final Style COMMENT = new Style(new RGB(63, 127, 95), SWT.ITALIC);
	static final Style KEY = new Style(new RGB(0, 0, 160), SWT.NORMAL);
	static final Style STRING = new Style(new RGB(42, 0, 255), SWT.NORMAL);
	static final Style NUMBER = new Style(new RGB(0, 128, 128), SWT.NORMAL);
	static final Style PUNCTUATION = new Style(new RGB(90, 90, 90), SWT.NORMAL);

	/** Semantic token types of the language server ({@code DiacSemanticTokensService}). */
	static final Map<String, Style> SEMANTIC = Map.of(
			"keyword", new Style(new RGB(127, 0, 85), SWT.BOLD),
			"property", new Style(new RGB(0, 0, 160), SWT.NORMAL),
			"type", new Style(new RGB(0, 110, 120), SWT.BOLD),
			"variable", new Style(new RGB(170, 80, 0), SWT.BOLD),
			"parameter", new Style(new RGB(120, 60, 0), SWT.ITALIC),
			"function", new Style(new RGB(100, 40, 160), SWT.ITALIC | SWT.BOLD),
			"macro", new Style(new RGB(0, 130, 0), SWT.BOLD));

	private Styles() {
	}
}
