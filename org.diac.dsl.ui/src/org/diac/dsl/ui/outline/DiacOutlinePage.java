package org.diac.dsl.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.diac.dsl.ui.editor.OpenDocuments;
import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Positions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline: the language server's document symbols (types, templates, groups, policies, inputs, outputs), refreshed
 * after each reconcile; a document with syntax errors shows what parsed. Selecting a symbol selects its name.
 */
public class DiacOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Consumer<IDocument> refresher = this::reconciled;

	public DiacOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	static boolean isDiac(ITextEditor editor) {
		IFile file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		try {
			IContentDescription description = file == null ? null : file.getContentDescription();
			return description != null && description.getContentType() != null
					&& description.getContentType().isKindOf(org.eclipse.core.runtime.Platform.getContentTypeManager().getContentType("org.diac.dsl.ui.diac"));
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContentProvider());
		viewer.setLabelProvider(new SymbolLabelProvider());
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof DocumentSymbol symbol) {
				int[] offsets = Positions.offsets(document(), symbol.getSelectionRange());
				editor.selectAndReveal(offsets[0], offsets[1] - offsets[0]);
			}
		});
		OpenDocuments.addReconcileListener(refresher);
		reconciled(document());
	}

	@Override
	public void dispose() {
		OpenDocuments.removeReconcileListener(refresher);
		super.dispose();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private void reconciled(IDocument document) {
		if (document == null || document != document()) {
			return;
		}
		String uri = OpenDocuments.uri(document);
		if (uri == null) {
			return;
		}
		new Thread(() -> {
			List<Either<SymbolInformation, DocumentSymbol>> symbols = LanguageSession.await(
					LanguageSession.get().documents().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))), "outline of " + uri);
			if (symbols == null || getControl() == null) {
				return;
			}
			List<DocumentSymbol> roots = symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
			getControl().getDisplay().asyncExec(() -> {
				if (getControl() != null && !getControl().isDisposed()) {
					getTreeViewer().setInput(roots);
					getTreeViewer().expandToLevel(2);
				}
			});
		}, "DiaC outline").start();
	}

	/** The symbols shown now (for tests). */
	@SuppressWarnings("unchecked")
	public List<DocumentSymbol> symbols() {
		Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
		return input instanceof List<?> list ? (List<DocumentSymbol>) list : List.of();
	}
}
