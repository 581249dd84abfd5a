package org.diac.chain.ui.preferences;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** An identity of one's own: a name, the MSP id, the certificate file and the private key file (PEM). */
class IdentityDialog extends TitleAreaDialog {

	private Text name;
	private Text mspId;
	private Text certificate;
	private Text key;
	private String[] values;

	IdentityDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Add identity");
		setMessage("The key file is read once into the encrypted secure storage; the preferences keep the certificate's path.");
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		name = field(c, "Name:", false);
		mspId = field(c, "MSP id:", false);
		certificate = field(c, "Certificate (PEM):", true);
		key = field(c, "Private key (PEM):", true);
		return area;
	}

	private Text field(Composite c, String label, boolean file) {
		new Label(c, SWT.NONE).setText(label);
		Text text = new Text(c, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, file ? 1 : 2, 1));
		if (file) {
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				String chosen = new FileDialog(getShell(), SWT.OPEN).open();
				if (chosen != null) {
					text.setText(chosen);
				}
			});
		}
		return text;
	}

	@Override
	protected void okPressed() {
		String[] v = { name.getText().trim(), mspId.getText().trim(), certificate.getText().trim(), key.getText().trim() };
		if (v[0].isEmpty() || v[1].isEmpty()) {
			setErrorMessage("Name and MSP id are needed.");
			return;
		}
		if (!Files.isRegularFile(Path.of(v[2])) || !Files.isRegularFile(Path.of(v[3]))) {
			setErrorMessage("Choose the certificate and the private key files.");
			return;
		}
		values = v;
		super.okPressed();
	}

	String name() {
		return values[0];
	}

	String mspId() {
		return values[1];
	}

	String certificateFile() {
		return values[2];
	}

	String keyFile() {
		return values[3];
	}
}
