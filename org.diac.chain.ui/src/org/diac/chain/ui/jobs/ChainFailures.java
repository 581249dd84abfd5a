package org.diac.chain.ui.jobs;

import org.diac.chain.client.ChainException;
import org.diac.chain.ui.ChainUi;
import org.eclipse.core.runtime.IStatus;

/**
 * A failed ledger call as one clear job result: what failed and what to do, never a stack trace (the status carries
 * no exception, so the platform's error dialog shows the message only).
 */
public final class ChainFailures {

	private ChainFailures() {
	}

	public static IStatus status(String command, String who, ChainException e) {
		String advice = switch (e.reason()) {
		case NETWORK_DOWN -> " Start the local network with `./diac network up`, or choose another network profile "
				+ "(DiaC > Choose Network and Identity).";
		case SETUP -> " Check the network profile and identity (Window > Preferences > DiaC Chain).";
		default -> "";
		};
		String reason = switch (e.reason()) {
		case NETWORK_DOWN -> "network not reachable";
		case SETUP -> "set-up";
		case NOT_FOUND -> "not found";
		case PERMISSION_DENIED -> "permission denied";
		case REFUSED -> "refused by the chaincode";
		default -> "transaction failed";
		};
		return ChainUi.error("DiaC " + command + " (" + who + "): " + reason + ": " + e.getMessage() + advice);
	}
}
