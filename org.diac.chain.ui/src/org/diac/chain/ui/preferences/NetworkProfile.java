package org.diac.chain.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diac.chain.client.LedgerIdentity;
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

	/**
	 * The identities this network knows by name: its connection profile's ({@code User1@org1}, ...) and the operators
	 * {@code ./diac network up} issued beside it ({@code identities/alice}, ...); none when the profile cannot be read.
	 */
	public List<String> identityNames() {
		Path file = profileFile();
		List<String> names = new ArrayList<>();
		try {
			ConnectionProfile.read(file).identities().forEach(i -> names.add(i.name()));
		} catch (RuntimeException e) {
			return names; // no network yet: nothing to offer
		}
		Path folder = file.toAbsolutePath().getParent().resolve(LedgerIdentity.FOLDER);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> dirs = Files.list(folder)) {
				dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().forEach(names::add);
			} catch (IOException e) {
				// the operators are a convenience of the list
			}
		}
		return names;
	}

	@Override
	public String toString() {
		return isLocal() ? name : name + " (" + file + ")";
	}
}
