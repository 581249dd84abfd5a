package org.diac.dsl.ui;

import org.diac.dsl.ui.server.LanguageSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The bundle's life cycle: the in-process language server stops with the bundle. */
public class DiacUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.diac.dsl.ui";

	@Override
	public void stop(BundleContext context) throws Exception {
		LanguageSession.shutdown();
		super.stop(context);
	}

	/** Logs to the Error Log: nothing in the editor's services ever opens an error dialog. */
	public static void log(String message, Throwable error) {
		ILog.of(DiacUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
