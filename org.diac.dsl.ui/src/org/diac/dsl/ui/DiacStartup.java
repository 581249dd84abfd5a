package org.diac.dsl.ui;

import org.diac.dsl.ui.server.LanguageSession;
import org.eclipse.ui.IStartup;

/**
 * Starts the language server with the workbench: it indexes and validates every DiaC/TOSCA file of the workspace,
 * so the Problems view lists them before any is opened (the role of a project builder).
 */
public class DiacStartup implements IStartup {

	@Override
	public void earlyStartup() {
		LanguageSession.get();
	}
}
