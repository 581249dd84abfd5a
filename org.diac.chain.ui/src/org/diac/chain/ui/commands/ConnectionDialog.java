package org.diac.chain.ui.commands;

import org.diac.chain.ui.preferences.ChainIdentity;
import org.diac.chain.ui.preferences.ChainSettings;
import org.diac.chain.ui.preferences.NetworkProfile;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Which network and which identity the chain commands use. The identity combo is editable: an operator that
 * {@code ./diac network up} issued (alice, bob, ...) is typed by name; identities of one's own are added in the
 * preferences (Window > Preferences > DiaC Chain).
 */
public class ConnectionDialog extends TitleAreaDialog {

	private final ChainSettings settings;
	private Combo profiles;
	private Combo identities;
	private String profile;
	private String identity;

	public ConnectionDialog(Shell parent, ChainSettings settings) {
		super(parent);
		this.settings = settings;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("DiaC: network and identity");
		setMessage("The chain commands use these until you choose again (DiaC > Choose Network and Identity).");
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(c, SWT.NONE).setText("Network profile:");
		profiles = new Combo(c, SWT.READ_ONLY);
		profiles.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (NetworkProfile p : settings.profiles()) {
			profiles.add(p.name());
		}
		profiles.select(0);
		new Label(c, SWT.NONE).setText("Identity:");
		identities = new Combo(c, SWT.DROP_DOWN);
		identities.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		profiles.addListener(SWT.Selection, e -> listIdentities());
		settings.chosen().ifPresent(chosen -> profiles.setText(chosen.profile().name()));
		listIdentities();
		settings.chosen().ifPresent(chosen -> identities.setText(chosen.identity().name()));
		return area;
	}

	/** The chosen network's identities (its profile's and its operators), then one's own from the preferences. */
	private void listIdentities() {
		String typed = identities.getText();
		identities.removeAll();
		NetworkProfile chosen = settings.profiles().stream().filter(p -> p.name().equals(profiles.getText())).findFirst()
				.orElse(NetworkProfile.local());
		java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(chosen.identityNames());
		settings.identities().stream().filter(i -> !i.isOfNetwork() || names.isEmpty()).map(ChainIdentity::name).forEach(names::add);
		names.forEach(identities::add);
		if (!typed.isBlank()) {
			identities.setText(typed);
		} else if (identities.getItemCount() > 0) {
			identities.select(0);
		}
	}

	@Override
	protected void okPressed() {
		profile = profiles.getText();
		identity = identities.getText().trim();
		if (identity.isEmpty()) {
			setErrorMessage("Name an identity.");
			return;
		}
		super.okPressed();
	}

	public String profile() {
		return profile;
	}

	public String identity() {
		return identity;
	}
}
