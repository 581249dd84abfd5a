package org.diac.chain.ui.commands;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opening the chain views from any thread. */
final class Views {

	private Views() {
	}

	/** Shows view {@code id} in the UI thread and hands it to {@code then}. */
	static <V extends IViewPart> void show(String id, Class<V> type, java.util.function.Consumer<V> then) {
		Display.getDefault().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			try {
				then.accept(type.cast(page.showView(id)));
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(Views.class).error("cannot open view " + id, e);
			}
		});
	}
}
