package org.diac.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Lexical colouring ({@link YamlTokenScanner}); damage is widened to whole lines, where the scanner restarts. */
public class DiacPresentationReconciler extends PresentationReconciler {

	public DiacPresentationReconciler() {
		DefaultDamagerRepairer lines = new DefaultDamagerRepairer(new YamlTokenScanner());
		setDamager(lines, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(lines, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
