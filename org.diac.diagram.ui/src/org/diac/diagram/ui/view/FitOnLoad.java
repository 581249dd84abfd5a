package org.diac.diagram.ui.view;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;

/**
 * Fits the diagram to the view once the page has drawn it. A view beside the text is narrower than a browser window,
 * and the diagram client draws only what lies inside its viewport: without a fit, part of the topology would be
 * neither seen nor in the page. The fit is the client's own gesture (Ctrl+Shift+F, which the user can repeat).
 */
final class FitOnLoad extends ProgressAdapter {

	/**
	 * Waits until the first nodes are drawn (the client's "loaded" mark comes before the server's model), then sends
	 * Ctrl+Shift+F to the diagram, twice: the second one after the view has settled into its place beside the text.
	 */
	private static final String FIT_WHEN_DRAWN = "(function fit(tries) {"
			+ " var svg = document.querySelector('#sprotty > svg');"
			+ " if (svg && svg.querySelector('g[data-svg-metadata-type^=\"node:\"]')) {"
			+ "  var key = function () { svg.dispatchEvent(new KeyboardEvent('keydown',"
			+ "   { bubbles: true, cancelable: true, key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true })); };"
			+ "  setTimeout(key, 300); setTimeout(key, 1500);"
			+ " } else if (tries > 0) { setTimeout(function () { fit(tries - 1); }, 100); }"
			+ "})(600);";

	private final Browser browser;

	FitOnLoad(Browser browser) {
		this.browser = browser;
	}

	@Override
	public void completed(ProgressEvent event) {
		if (!browser.isDisposed()) {
			browser.execute(FIT_WHEN_DRAWN);
		}
	}
}
