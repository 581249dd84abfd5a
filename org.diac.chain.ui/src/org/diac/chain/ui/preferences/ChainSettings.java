package org.diac.chain.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diac.chain.ui.ChainUi;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The chain preferences: network profiles, identities, and the chosen pair the commands use (asked for once, then
 * remembered). Plain preferences hold names, files and MSP ids only; private keys go to {@link IdentityKeys}.
 * One profile or identity per line, fields separated by tabs (no field holds a tab or a line break).
 */
public final class ChainSettings {

	static final String PROFILES = "profiles";
	static final String IDENTITIES = "identities";
	static final String CHOSEN_PROFILE = "chosenProfile";
	static final String CHOSEN_IDENTITY = "chosenIdentity";

	private final IEclipsePreferences preferences;
	private final IdentityKeys keys;

	public ChainSettings(IEclipsePreferences preferences, IdentityKeys keys) {
		this.preferences = preferences;
		this.keys = keys;
	}

	/** The workspace's chain preferences and the user's secure storage. */
	public static ChainSettings standard() {
		return new ChainSettings(InstanceScope.INSTANCE.getNode(ChainUi.ID), IdentityKeys.standard());
	}

	public IdentityKeys keys() {
		return keys;
	}

	/** The local network first, then the connection profile files added in the preferences. */
	public List<NetworkProfile> profiles() {
		List<NetworkProfile> all = new ArrayList<>(List.of(NetworkProfile.local()));
		for (String[] f : lines(PROFILES, 2)) {
			all.add(new NetworkProfile(f[0], f[1]));
		}
		return all;
	}

	public void saveProfiles(List<NetworkProfile> profiles) {
		List<String> lines = new ArrayList<>();
		for (NetworkProfile p : profiles) {
			if (!p.isLocal()) {
				lines.add(clean(p.name()) + "\t" + clean(p.file()));
			}
		}
		put(PROFILES, String.join("\n", lines));
	}

	/**
	 * The local network's client identities (its connection profile always has these four), then those added in the
	 * preferences; {@link NetworkProfile#identityNames()} lists what a given network knows.
	 */
	public List<ChainIdentity> identities() {
		List<ChainIdentity> all = new ArrayList<>();
		for (String name : List.of("User1@org1", "Admin@org1", "User1@org2", "Admin@org2")) {
			all.add(ChainIdentity.ofNetwork(name));
		}
		for (String[] f : lines(IDENTITIES, 3)) {
			all.removeIf(i -> i.name().equals(f[0]));
			all.add(new ChainIdentity(f[0], f[1], f[2]));
		}
		return all;
	}

	/** Adds or replaces an identity of its own: certificate and MSP id in preferences, the key in secure storage. */
	public void saveIdentity(ChainIdentity identity, String privateKeyPem) throws StorageException {
		if (!identity.isOfNetwork()) {
			keys.put(identity.name(), privateKeyPem);
		}
		List<ChainIdentity> kept = new ArrayList<>(ownIdentities());
		kept.removeIf(i -> i.name().equals(identity.name()));
		if (!identity.isOfNetwork()) {
			kept.add(identity);
		}
		saveOwn(kept);
	}

	public void removeIdentity(String name) {
		List<ChainIdentity> kept = new ArrayList<>(ownIdentities());
		kept.removeIf(i -> i.name().equals(name));
		saveOwn(kept);
		keys.remove(name);
	}

	/** The network and identity the commands use, once chosen. */
	public Optional<ChainConnection> chosen() {
		String profile = preferences.get(CHOSEN_PROFILE, null);
		String identity = preferences.get(CHOSEN_IDENTITY, null);
		if (profile == null || identity == null) {
			return Optional.empty();
		}
		Optional<NetworkProfile> p = profiles().stream().filter(x -> x.name().equals(profile)).findFirst();
		Optional<ChainIdentity> i = identities().stream().filter(x -> x.name().equals(identity)).findFirst();
		if (p.isEmpty()) {
			return Optional.empty();
		}
		// a name typed for an operator that `diac network up` issued is an identity of the network
		return Optional.of(new ChainConnection(p.get(), i.orElse(ChainIdentity.ofNetwork(identity)), keys));
	}

	public void choose(String profile, String identity) {
		preferences.put(CHOSEN_PROFILE, profile);
		preferences.put(CHOSEN_IDENTITY, identity);
		flush();
	}

	public void forgetChoice() {
		preferences.remove(CHOSEN_PROFILE);
		preferences.remove(CHOSEN_IDENTITY);
		flush();
	}

	private List<ChainIdentity> ownIdentities() {
		return identities().stream().filter(i -> !i.isOfNetwork()).toList();
	}

	private void saveOwn(List<ChainIdentity> own) {
		List<String> lines = new ArrayList<>();
		for (ChainIdentity i : own) {
			lines.add(clean(i.name()) + "\t" + clean(i.mspId()) + "\t" + clean(i.certificate()));
		}
		put(IDENTITIES, String.join("\n", lines));
	}

	private List<String[]> lines(String key, int fields) {
		List<String[]> result = new ArrayList<>();
		for (String line : preferences.get(key, "").split("\n")) {
			String[] f = line.split("\t", -1);
			if (f.length == fields && !f[0].isBlank()) {
				result.add(f);
			}
		}
		return result;
	}

	private static String clean(String field) {
		return field == null ? "" : field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').trim();
	}

	private void put(String key, String value) {
		preferences.put(key, value);
		flush();
	}

	private void flush() {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot save the DiaC chain preferences: " + e.getMessage(), e);
		}
	}
}
