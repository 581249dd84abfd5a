package org.diac.chain.ui.preferences;

import java.nio.file.Path;

import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.network.DiacPaths;

/**
 * A network to talk to: the local network {@code ./diac network up} made (its connection profile under DIAC_HOME,
 * looked up each time, so a changed DIAC_HOME is honoured), or a connection profile file.
 */
public record NetworkProfile(String name, String file) {

	/** The name of the always-present local network profile. */
	public static final String LOCAL = "Local network (diac network up)";

	public static NetworkProfile local() {
		return new NetworkProfile(LOCAL, "");
	}

	public boolean isLocal() {
		return file == null || file.isBlank();
	}

	public Path profileFile() {
		return isLocal() ? DiacPaths.resolve(null).networkDir().resolve(ConnectionProfile.FILE_NAME) : Path.of(file);
	}

	@Override
	public String toString() {
		return isLocal() ? name : name + " (" + file + ")";
	}
}
