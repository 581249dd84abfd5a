package org.diac.chain.ui.preferences;

/**
 * Who signs. Either an identity the network profile already knows by name ({@code User1@org1}, or an operator
 * {@code ./diac network up} issued): then {@code mspId} and {@code certificate} are empty and the key stays where the
 * network keeps it. Or an identity of its own: MSP id and certificate file here, in plain preferences, and the
 * private key in secure storage ({@link IdentityKeys}), never in preferences.
 */
public record ChainIdentity(String name, String mspId, String certificate) {

	public static ChainIdentity ofNetwork(String name) {
		return new ChainIdentity(name, "", "");
	}

	public boolean isOfNetwork() {
		return certificate == null || certificate.isBlank();
	}

	@Override
	public String toString() {
		return isOfNetwork() ? name + " (of the network)" : name + " (" + mspId + ", " + certificate + ")";
	}
}
