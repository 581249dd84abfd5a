package org.diac.chain.ui.preferences;

import java.nio.file.Path;

import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.LedgerIdentity;
import org.eclipse.equinox.security.storage.StorageException;

/** A network profile and an identity: enough to open the ledger the CLI's {@code --profile}/{@code --identity} open. */
public record ChainConnection(NetworkProfile profile, ChainIdentity identity, IdentityKeys keys) {

	/** Connects (the gRPC channel opens lazily: a network that is down shows at the first call). */
	public DiacLedger connect() {
		DiacLedger.Builder builder = DiacLedger.builder().profile(profile.profileFile());
		if (identity.isOfNetwork()) {
			return builder.identity(identity.name()).connect();
		}
		String key;
		try {
			key = keys.get(identity.name()).orElseThrow(() -> new ChainException(ChainException.Reason.SETUP,
					"no private key for identity '" + identity.name() + "' in the secure storage: add the identity again "
							+ "(Preferences > DiaC Chain)"));
		} catch (StorageException e) {
			throw new ChainException(ChainException.Reason.SETUP, null, "cannot read the private key of identity '"
					+ identity.name() + "' from the secure storage: " + e.getMessage(), e);
		}
		return builder.identity(new LedgerIdentity(identity.name(), identity.mspId(), Path.of(identity.certificate()), null))
				.privateKey(key).connect();
	}

	/** "identity on network", for job names and messages. */
	public String describe() {
		return identity.name() + " on " + profile.name();
	}
}
