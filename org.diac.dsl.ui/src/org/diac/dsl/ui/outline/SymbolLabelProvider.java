package org.diac.dsl.ui.outline;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** A symbol's name and detail (its type), with a shared image by kind. */
final class SymbolLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof DocumentSymbol symbol) {
			return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName() : symbol.getName() + " : " + symbol.getDetail();
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof DocumentSymbol symbol && symbol.getKind() != null) {
			String image = switch (symbol.getKind()) {
			case Class, Interface, Struct, Enum -> ISharedImages.IMG_OBJ_ELEMENT;
			case Module, Namespace, Package -> ISharedImages.IMG_OBJ_FOLDER;
			default -> ISharedImages.IMG_OBJ_FILE;
			};
			return PlatformUI.getWorkbench().getSharedImages().getImage(image);
		}
		return null;
	}
}
