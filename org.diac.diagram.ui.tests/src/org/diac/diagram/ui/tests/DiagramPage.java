package org.diac.diagram.ui.tests;

import java.util.List;

import org.eclipse.swt.browser.Browser;

/**
 * The diagram as the SWT Browser shows it, read and driven with JavaScript in the page: what GLSP drew (SVG groups
 * typed {@code node:<kind>} whose ids are the template names) and gestures sent as DOM events.
 */
final class DiagramPage {

	private static final String NODES = "#sprotty > svg g[data-svg-metadata-type^=\"node:\"]";

	private final Browser browser;

	DiagramPage(Browser browser) {
		this.browser = browser;
	}

	/** The template names of the drawn nodes (ids {@code sprotty_<name>}), in document order; empty before the first drawing. */
	List<String> nodes() {
		Object result = browser.evaluate("var ids = []; document.querySelectorAll('" + NODES + "').forEach(function (g) {"
				+ " ids.push(g.id.substring('sprotty_'.length)); }); return ids.join(',');");
		String ids = result instanceof String s ? s : "";
		return ids.isEmpty() ? List.of() : List.of(ids.split(","));
	}

	/** For failure messages: the page's address, whether the client loaded and its connection state. */
	String state() {
		return browser.getUrl() + " loaded=" + browser.evaluate("return document.body ? (document.body.dataset.loaded || 'no') : 'no body';")
				+ " connection=" + browser.evaluate("return document.body ? (document.body.dataset.connection || 'none') : 'none';");
	}

	/** Whether the page's websocket to the diagram server is open (the client writes it into the body). */
	boolean connected() {
		return "open".equals(browser.evaluate("return document.body.dataset.connection || '';"));
	}

	/** Clicks the node of {@code template}, as a user would: the events go to the node's shape, where GLSP listens. */
	void click(String template) {
		if (!Boolean.TRUE.equals(browser.evaluate(clickScript(template) + " return true;"))) {
			throw new AssertionError("no node " + template + " in the diagram: " + nodes());
		}
	}

	private static String clickScript(String template) {
		return "var g = document.querySelector('#sprotty > svg #sprotty_" + template + "');"
				+ " if (!g) { return false; }"
				+ " var shape = g.querySelector('rect') || g; var box = shape.getBoundingClientRect();"
				+ " var at = { bubbles: true, cancelable: true, view: window, button: 0, clientX: box.left + box.width / 2, clientY: box.top + 8 };"
				+ " shape.dispatchEvent(new MouseEvent('mousedown', Object.assign({ buttons: 1 }, at)));"
				+ " shape.dispatchEvent(new MouseEvent('mouseup', Object.assign({ buttons: 0 }, at)));"
				+ " shape.dispatchEvent(new MouseEvent('click', Object.assign({ buttons: 0 }, at)));";
	}

	/** Whether the node of {@code template} is drawn as selected. */
	boolean selected(String template) {
		return Boolean.TRUE.equals(browser.evaluate("var g = document.querySelector('#sprotty > svg #sprotty_" + template + "');"
				+ " return !!g && (g.classList.contains('selected') || !!g.querySelector('.selected'));"));
	}

	/**
	 * Presses Delete on the selected node of {@code template}, pointing at it first as a user does (GLSP's key tool
	 * acts on the diagram the mouse last went down on).
	 */
	void pressDelete(String template) {
		browser.evaluate(clickScript(template) + " var svg = document.querySelector('#sprotty > svg');"
				+ " svg.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Delete', code: 'Delete', keyCode: 46 }));"
				+ " svg.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, cancelable: true, key: 'Delete', code: 'Delete', keyCode: 46 }));"
				+ " return true;");
	}

	/** Presses Ctrl+Shift+F on the diagram: the client fits the whole diagram into the view. */
	void fit() {
		browser.evaluate("document.querySelector('#sprotty > svg').dispatchEvent(new KeyboardEvent('keydown',"
				+ " { bubbles: true, cancelable: true, key: 'F', code: 'KeyF', keyCode: 70, ctrlKey: true, shiftKey: true })); return true;");
	}
}
