package org.diac.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.Reconciler;

/**
 * Connects an editor's document to the language server ({@link DocumentConnection}) and, after each pause in
 * typing, refreshes the semantic highlighting and the outline.
 */
public class DiacReconciler extends Reconciler {

	private final DocumentConnection connection = new DocumentConnection();

	public DiacReconciler() {
		setIsIncrementalReconciler(false);
		setIsAllowedToModifyDocument(false);
		setDelay(300);
		setReconcilingStrategy(connection, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer viewer) {
		connection.install(viewer);
		super.install(viewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		connection.uninstall();
	}
}
