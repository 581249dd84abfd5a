package org.diac.chain.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundle's id and the statuses its jobs end with. */
public final class ChainUi {

	public static final String ID = "org.diac.chain.ui";

	private ChainUi() {
	}

	public static IStatus ok(String message) {
		return new Status(IStatus.OK, ID, message);
	}

	/** An error for people: the message says what happened and what to do; no exception, so no stack trace is shown. */
	public static IStatus error(String message) {
		return new Status(IStatus.ERROR, ID, message);
	}
}
