package org.diac.diagram.ui.view;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Fits the diagram to the view once a page has drawn it. A view beside the text is narrower than a browser window,
 * and the diagram client draws only what lies inside its viewport: without a fit, part of the topology would be
 * neither seen nor in the page. The fit is the client's own gesture, Ctrl+Shift+F (the user can repeat it); the
 * client takes keys only while the page has the focus, so the browser gets it for the one key and gives it back.
 */
final class FitOnLoad extends ProgressAdapter {

	private static final int POLL_MILLIS = 250;
	private static final int POLLS = 240;
	/** After the first nodes: the view has settled into its place beside the text and the layout has arrived. */
	private static final int SETTLE_MILLIS = 700;

	private static final String DRAWN_AND_NOT_FITTED = "return !window.diacFitted"
			+ " && !!document.querySelector('#sprotty > svg g[data-svg-metadata-type^=\"node:\"]');";
	private static final String FIT = "window.diacFitted = true;"
			+ " document.querySelector('#sprotty > svg').dispatchEvent(new KeyboardEvent('keydown',"
			+ " { bubbles: true, cancelable: true, key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true }));";

	private final Browser browser;
	private int generation;

	FitOnLoad(Browser browser) {
		this.browser = browser;
	}

	@Override
	public void completed(ProgressEvent event) {
		fitWhenDrawn();
	}

	/** Fits the next page that is drawn (this one, or the one a reload is bringing). */
	void fitWhenDrawn() {
		int mine = ++generation;
		poll(mine, POLLS);
	}

	private void poll(int mine, int left) {
		if (browser.isDisposed() || mine != generation || left == 0) {
			return;
		}
		if (Boolean.TRUE.equals(browser.evaluate(DRAWN_AND_NOT_FITTED))) {
			browser.getDisplay().timerExec(SETTLE_MILLIS, () -> fit(mine));
		} else {
			browser.getDisplay().timerExec(POLL_MILLIS, () -> poll(mine, left - 1));
		}
	}

	private void fit(int mine) {
		if (browser.isDisposed() || mine != generation) {
			return;
		}
		Control focused = browser.getDisplay().getFocusControl();
		browser.setFocus();
		browser.evaluate(FIT + " return true;");
		if (focused != null && !focused.isDisposed() && focused != browser) {
			focused.setFocus();
		}
	}
}
