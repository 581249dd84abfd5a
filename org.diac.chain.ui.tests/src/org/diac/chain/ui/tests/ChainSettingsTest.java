package org.diac.chain.ui.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.diac.chain.ui.preferences.ChainConnection;
import org.diac.chain.ui.preferences.ChainIdentity;
import org.diac.chain.ui.preferences.ChainSettings;
import org.diac.chain.ui.preferences.IdentityKeys;
import org.diac.chain.ui.preferences.NetworkProfile;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain preferences: profiles and identities survive a re-read, the private key goes to the (real, encrypted)
 * Eclipse secure storage and never into the plain preferences, removing an identity removes its key.
 */
class ChainSettingsTest {

	private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgsecretsecret\n-----END PRIVATE KEY-----\n";

	@TempDir
	Path dir;

	private IEclipsePreferences preferences;
	private ISecurePreferences storage;
	private ChainSettings settings;

	@BeforeEach
	void openStores() throws Exception {
		preferences = InstanceScope.INSTANCE.getNode("org.diac.chain.ui.tests.settings");
		Map<String, Object> options = new HashMap<>();
		// a password of the test's own: the default storage would ask the user for its master password
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		settings = new ChainSettings(preferences, new IdentityKeys(storage));
	}

	@AfterEach
	void clear() throws Exception {
		preferences.removeNode();
	}

	@Test
	void localNetworkIsAlwaysTheFirstProfileAndAddedFilesFollow() {
		settings.saveProfiles(List.of(NetworkProfile.local(), new NetworkProfile("staging", "/etc/diac/staging.json")));
		var profiles = new ChainSettings(preferences, new IdentityKeys(storage)).profiles();
		assertEquals(2, profiles.size());
		assertTrue(profiles.get(0).isLocal());
		assertEquals("connection-profile.json", profiles.get(0).profileFile().getFileName().toString());
		assertEquals(Path.of("/etc/diac/staging.json"), profiles.get(1).profileFile());
	}

	@Test
	void aProfileThatCannotBeReadOffersNoIdentities() {
		assertEquals(List.of(), new NetworkProfile("gone", dir.resolve("missing.json").toString()).identityNames());
	}

	@Test
	void ownIdentityKeepsItsKeyEncryptedInSecureStorageAndNotInPreferences() throws Exception {
		settings.saveIdentity(new ChainIdentity("ops", "Org1MSP", "/certs/ops.pem"), KEY);
		ChainSettings reread = new ChainSettings(preferences, new IdentityKeys(storage));
		ChainIdentity ops = reread.identities().stream().filter(i -> i.name().equals("ops")).findFirst().orElseThrow();
		assertEquals("Org1MSP", ops.mspId());
		assertEquals("/certs/ops.pem", ops.certificate());
		assertEquals(KEY, reread.keys().get("ops").orElseThrow());
		assertTrue(reread.keys().isEncrypted("ops"));
		for (String key : preferences.keys()) {
			assertFalse(preferences.get(key, "").contains("PRIVATE KEY"), key + " holds the key");
			assertFalse(preferences.get(key, "").contains("secretsecret"), key + " holds the key");
		}
		storage.flush();
		String onDisk = Files.readString(dir.resolve("secure_storage"), StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains("secretsecret"), "the secure storage file holds the key in plain text");
	}

	@Test
	void removingAnIdentityRemovesItsKey() throws Exception {
		settings.saveIdentity(new ChainIdentity("ops", "Org1MSP", "/certs/ops.pem"), KEY);
		settings.removeIdentity("ops");
		assertTrue(settings.keys().get("ops").isEmpty());
		assertTrue(settings.identities().stream().noneMatch(i -> i.name().equals("ops")));
	}

	@Test
	void chosenNetworkAndIdentityAreRemembered() {
		assertTrue(settings.chosen().isEmpty());
		settings.choose(NetworkProfile.LOCAL, "alice");
		ChainConnection chosen = settings.chosen().orElseThrow();
		assertTrue(chosen.profile().isLocal());
		// an operator `diac network up` issued is found by name in the network's identities folder
		assertTrue(chosen.identity().isOfNetwork());
		assertEquals("alice on " + NetworkProfile.LOCAL, chosen.describe());
		settings.forgetChoice();
		assertTrue(settings.chosen().isEmpty());
	}
}
