package org.diac.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a text editor on a DiaC document (the Generic Editor) an outline page. */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && DiacOutlinePage.isDiac(editor)) {
			return adapterType.cast(new DiacOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
