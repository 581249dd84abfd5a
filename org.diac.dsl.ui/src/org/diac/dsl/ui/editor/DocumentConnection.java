package org.diac.dsl.ui.editor;

import java.util.List;

import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Uris;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * One editor's document as the language server sees it: opened with its text, every change sent at once (so a
 * completion right after typing sees the new text), closed with the editor. Reconciling fetches the semantic tokens.
 */
final class DocumentConnection implements IReconcilingStrategy, IReconcilingStrategyExtension, IDocumentListener {

	private ITextViewer viewer;
	private SemanticHighlighter highlighter;
	private IDocument document;
	private String uri;

	void install(ITextViewer textViewer) {
		viewer = textViewer;
		highlighter = new SemanticHighlighter(textViewer);
	}

	void uninstall() {
		disconnect();
		if (highlighter != null) {
			highlighter.dispose();
		}
	}

	@Override
	public void setDocument(IDocument newDocument) {
		disconnect();
		document = newDocument;
		uri = newDocument == null ? null : Uris.of(newDocument);
		if (uri != null) {
			OpenDocuments.register(newDocument, uri);
			LanguageSession.get().open(uri, newDocument.get());
			newDocument.addDocumentListener(this);
		}
	}

	private void disconnect() {
		if (document != null && uri != null) {
			document.removeDocumentListener(this);
			OpenDocuments.unregister(document);
			LanguageSession.get().close(uri);
		}
		document = null;
		uri = null;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (uri != null) {
			LanguageSession.get().change(uri, event.getDocument().get());
		}
	}

	@Override
	public void initialReconcile() {
		refresh();
	}

	@Override
	public void reconcile(IRegion partition) {
		refresh();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		refresh();
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
	}

	private void refresh() {
		String current = uri;
		IDocument currentDocument = document;
		if (current == null || viewer == null) {
			return;
		}
		SemanticTokens tokens = LanguageSession.await(LanguageSession.get().documents()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(current))), "semantic tokens of " + current);
		List<String> legend = LanguageSession.get().initializeResult().getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		if (tokens != null && currentDocument != null) {
			highlighter.update(SemanticHighlighter.decode(currentDocument, tokens.getData(), legend));
		}
		OpenDocuments.changed(currentDocument);
	}
}
