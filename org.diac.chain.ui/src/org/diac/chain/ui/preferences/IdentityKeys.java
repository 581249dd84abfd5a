package org.diac.chain.ui.preferences;

import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The private keys of the identities of their own (PEM text), encrypted in Eclipse secure storage under
 * {@code /org.diac.chain.ui/identities/<name>}: a key never lands in plain preferences or in a file of ours.
 */
public final class IdentityKeys {

	static final String NODE = "org.diac.chain.ui/identities";
	static final String KEY = "privateKey";

	private final ISecurePreferences root;

	/** Keys in the given storage (tests open one with a password of their own). */
	public IdentityKeys(ISecurePreferences root) {
		this.root = root;
	}

	/** Keys in the user's default secure storage (its master password is asked for by the platform when needed). */
	public static IdentityKeys standard() {
		return new IdentityKeys(SecurePreferencesFactory.getDefault());
	}

	public void put(String identity, String privateKeyPem) throws StorageException {
		ISecurePreferences node = node(identity);
		node.put(KEY, privateKeyPem, true);
		flush();
	}

	public Optional<String> get(String identity) throws StorageException {
		if (!root.nodeExists(NODE + "/" + encode(identity))) {
			return Optional.empty();
		}
		return Optional.ofNullable(node(identity).get(KEY, null));
	}

	public boolean isEncrypted(String identity) throws StorageException {
		return root.nodeExists(NODE + "/" + encode(identity)) && node(identity).isEncrypted(KEY);
	}

	public void remove(String identity) {
		if (root.nodeExists(NODE + "/" + encode(identity))) {
			node(identity).removeNode();
			flush();
		}
	}

	private ISecurePreferences node(String identity) {
		return root.node(NODE + "/" + encode(identity));
	}

	/** Node names may not hold '/': identity names like User1@org1 keep theirs, anything else is escaped. */
	private static String encode(String identity) {
		return identity.replace("%", "%25").replace("/", "%2F");
	}

	private void flush() {
		try {
			root.flush();
		} catch (java.io.IOException e) {
			throw new IllegalStateException("cannot write the secure storage: " + e.getMessage(), e);
		}
	}
}
