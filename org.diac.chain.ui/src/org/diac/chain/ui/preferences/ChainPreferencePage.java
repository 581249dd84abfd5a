package org.diac.chain.ui.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * DiaC Chain: network profiles (the local network, connection profile files) and identities (those of the network
 * by name; one's own as certificate file + MSP id, the private key read once into secure storage). Changes are
 * saved at once; the chosen pair is changed with DiaC > Choose Network and Identity.
 */
public class ChainPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private ChainSettings settings;
	private org.eclipse.swt.widgets.List profiles;
	private org.eclipse.swt.widgets.List identities;

	@Override
	public void init(IWorkbench workbench) {
		settings = ChainSettings.standard();
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		profiles = section(page, "Network profiles", "Add Connection Profile...", this::addProfile, this::removeProfile);
		identities = section(page, "Identities", "Add Identity...", this::addIdentity, this::removeIdentity);
		Label note = new Label(page, SWT.WRAP);
		note.setText("Identities of the network are found by name in its connection profile or among the operators "
				+ "`./diac network up` issued. The private key of an identity of your own is kept in the Eclipse secure "
				+ "storage, encrypted, never in these preferences.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fill();
		return page;
	}

	private org.eclipse.swt.widgets.List section(Composite page, String title, String addLabel, Runnable add, Runnable remove) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
		button(group, addLabel, add);
		button(group, "Remove", remove);
		return list;
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void fill() {
		profiles.setItems(settings.profiles().stream().map(NetworkProfile::toString).toArray(String[]::new));
		identities.setItems(settings.identities().stream().map(ChainIdentity::toString).toArray(String[]::new));
	}

	private void addProfile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Connection profile (JSON)");
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String file = dialog.open();
		if (file == null) {
			return;
		}
		java.util.List<NetworkProfile> all = new ArrayList<>(settings.profiles());
		String name = Path.of(file).getParent() == null ? file : Path.of(file).getParent().getFileName() + "/" + Path.of(file).getFileName();
		all.removeIf(p -> p.name().equals(name));
		all.add(new NetworkProfile(name, file));
		settings.saveProfiles(all);
		fill();
	}

	private void removeProfile() {
		int i = profiles.getSelectionIndex();
		java.util.List<NetworkProfile> all = new ArrayList<>(settings.profiles());
		if (i <= 0 || i >= all.size()) {
			return; // the local network always stays
		}
		all.remove(i);
		settings.saveProfiles(all);
		fill();
	}

	private void addIdentity() {
		IdentityDialog dialog = new IdentityDialog(getShell());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			String key = Files.readString(Path.of(dialog.keyFile()), StandardCharsets.US_ASCII);
			settings.saveIdentity(new ChainIdentity(dialog.name(), dialog.mspId(), dialog.certificateFile()), key);
		} catch (IOException | StorageException e) {
			MessageDialog.openError(getShell(), "Add identity", "The identity was not added: " + e.getMessage());
		}
		fill();
	}

	private void removeIdentity() {
		int i = identities.getSelectionIndex();
		java.util.List<ChainIdentity> all = settings.identities();
		if (i < 0 || i >= all.size() || all.get(i).isOfNetwork()) {
			return;
		}
		settings.removeIdentity(all.get(i).name());
		fill();
	}

}
