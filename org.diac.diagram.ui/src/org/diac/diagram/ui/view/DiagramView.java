package org.diac.diagram.ui.view;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.diac.diagram.glsp.DiagramServer;
import org.diac.diagram.ui.server.DiagramServers;
import org.diac.diagram.ui.sync.FileWatcher;
import org.diac.diagram.ui.sync.RefreshFromDisk;
import org.diac.diagram.ui.sync.TextOwnership;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The diagram editor of one document, beside its text: the page of an in-process diagram server (the one
 * {@code diac diagram FILE} runs) in an SWT Browser. One view per file: the view's secondary id is the file's
 * workspace path. Keeping both sides in sync:
 * <ul>
 * <li>a diagram edit is written to the file by the server; {@link FileWatcher} sees it and {@link RefreshFromDisk}
 * brings it into the workspace, whose text buffer reloads it into the open text editors;</li>
 * <li>while a text editor has unsaved changes, the text is the editor's ({@link TextOwnership}): the diagram shows
 * the saved file, says so in a banner and takes no input; when the text is saved, the page is loaded again and the
 * diagram is drawn from the new file.</li>
 * </ul>
 */
public class DiagramView extends ViewPart implements TextOwnership.Listener {

	public static final String ID = "org.diac.diagram.ui.view";

	private IFile file;
	private DiagramServer server;
	private Browser browser;
	private FitOnLoad fit;
	private Label banner;
	private FileWatcher watcher;
	private TextOwnership ownership;
	private boolean editorOwnsText;

	/** Shows the diagram of {@code file} beside the editors (the view is made visible, the editor keeps the focus). */
	public static DiagramView open(IWorkbenchPage page, IFile file) throws PartInitException {
		DiagramView view = (DiagramView) page.showView(ID, secondaryId(file), IWorkbenchPage.VIEW_VISIBLE);
		BesideEditors.place(view);
		return view;
	}

	static String secondaryId(IFile file) {
		// secondary ids may not contain ':' and are kept in the workbench's memento: the path, percent-encoded
		return URLEncoder.encode(file.getFullPath().toString(), StandardCharsets.UTF_8);
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = layout.verticalSpacing = 0;
		parent.setLayout(layout);
		banner = new Label(parent, SWT.WRAP);
		banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		showBanner(null);
		String secondary = getViewSite().getSecondaryId();
		if (secondary == null) {
			showBanner("Open a DiaC document and choose Open Diagram (Ctrl+Alt+D).");
			return;
		}
		file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(URLDecoder.decode(secondary, StandardCharsets.UTF_8)));
		setPartName(file.getName() + " (diagram)");
		setTitleToolTip("Diagram of " + file.getFullPath());
		if (file.getLocation() == null || !file.exists()) {
			showBanner(file.getFullPath() + " does not exist.");
			return;
		}
		try {
			server = DiagramServers.start(file.getLocation().toFile().toPath());
		} catch (Exception e) {
			ILog.of(getClass()).error("The diagram server for " + file.getFullPath() + " did not start", e);
			showBanner("The diagram server did not start: " + e.getMessage());
			return;
		}
		// also when the page is opened in an outside browser (no SWT Browser here), its edits reach the text editor
		try {
			RefreshFromDisk refresh = new RefreshFromDisk(file);
			watcher = FileWatcher.watch(file.getLocation().toFile().toPath(), refresh::request);
		} catch (IOException e) {
			ILog.of(getClass()).warn("Diagram edits of " + file.getFullPath() + " reach the text editor only on refresh: " + e);
		}
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			// no browser engine (on Linux: WebKitGTK, Debian's libwebkit2gtk-4.1-0): the server still runs
			ILog.of(getClass()).warn("No SWT Browser for the diagram: " + e.getMessage());
			showBanner("No web browser engine for SWT here (on Linux install WebKitGTK, e.g. libwebkit2gtk-4.1-0). "
					+ "The diagram is served at " + server.uri() + " : open it in a browser.");
			return;
		}
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fit = new FitOnLoad(browser);
		browser.addProgressListener(fit);
		browser.setUrl(server.uri().toString());
		ownership = new TextOwnership(file, parent.getDisplay(), this);
		if (ownership.textIsDirty()) {
			textEditorOwnsText();
		}
	}

	@Override
	public void textEditorOwnsText() {
		if (browser == null || browser.isDisposed() || editorOwnsText) {
			return;
		}
		editorOwnsText = true;
		browser.setEnabled(false);
		showBanner("The text editor has unsaved changes: the diagram shows the saved file and is read-only until you save (Ctrl+S).");
	}

	@Override
	public void fileOwnsText() {
		if (browser == null || browser.isDisposed() || !editorOwnsText) {
			return;
		}
		editorOwnsText = false;
		showBanner(null);
		browser.setEnabled(true);
		browser.refresh(); // a new diagram session reads the saved file
		fit.fitWhenDrawn();
	}

	private void showBanner(String message) {
		boolean visible = message != null;
		banner.setText(visible ? message : "");
		banner.setVisible(visible);
		((GridData) banner.getLayoutData()).exclude = !visible;
		banner.getParent().layout(true, true);
	}

	/** The document this view draws; null when the view has none. */
	public IFile file() {
		return file;
	}

	/** The diagram page's browser; null when the diagram could not be shown. */
	public Browser browser() {
		return browser;
	}

	/** The page of the diagram editor (http://127.0.0.1:PORT/); null when the server did not start. */
	public String url() {
		return server == null ? null : server.uri().toString();
	}

	/** Whether the text editor owns the text now (the diagram is read-only). */
	public boolean textEditorOwns() {
		return editorOwnsText;
	}

	@Override
	public void setFocus() {
		if (browser != null && !browser.isDisposed()) {
			browser.setFocus();
		} else {
			banner.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (ownership != null) {
			ownership.close();
		}
		try {
			if (watcher != null) {
				watcher.close();
			}
			if (server != null) {
				server.close();
			}
		} catch (Exception e) {
			ILog.of(getClass()).warn("Stopping the diagram of " + (file == null ? "?" : file.getFullPath()) + ": " + e);
		}
		super.dispose();
	}
}
