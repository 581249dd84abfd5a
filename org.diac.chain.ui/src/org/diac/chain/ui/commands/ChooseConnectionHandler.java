package org.diac.chain.ui.commands;

import org.diac.chain.ui.preferences.ChainSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Choose Network and Identity (DiaC menu): the pair the chain commands use from now on. */
public class ChooseConnectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Connections.choose(HandlerUtil.getActiveShell(event), ChainSettings.standard());
		return null;
	}
}
