package org.diac.chain.ui.commands;

import java.util.Optional;

import org.diac.chain.ui.preferences.ChainConnection;
import org.diac.chain.ui.preferences.ChainSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** The network and identity the commands use: asked for once ({@link ConnectionDialog}), then remembered. */
public final class Connections {

	/** Whether to ask when nothing was chosen yet. */
	public enum Prompt {
		ASK, NEVER
	}

	private Connections() {
	}

	public static Optional<ChainConnection> get(Shell shell, Prompt prompt) {
		ChainSettings settings = ChainSettings.standard();
		Optional<ChainConnection> chosen = settings.chosen();
		if (chosen.isPresent() || prompt == Prompt.NEVER) {
			return chosen;
		}
		return choose(shell, settings);
	}

	/** Asks for the network and identity (again) and remembers them; empty when the user cancels. */
	public static Optional<ChainConnection> choose(Shell shell, ChainSettings settings) {
		ConnectionDialog dialog = new ConnectionDialog(shell, settings);
		if (dialog.open() != Window.OK) {
			return Optional.empty();
		}
		settings.choose(dialog.profile(), dialog.identity());
		return settings.chosen();
	}
}
