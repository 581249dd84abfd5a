package org.diac.dsl.ui.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;

/** Hierarchical document symbols as a tree. */
final class SymbolContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null ? symbol.getChildren().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
