package org.diac.dsl.ui.preferences;

import org.diac.dsl.ui.DiacUiPlugin;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > DiaC Validation: one severity per diagnostic code (markers only). */
public class ValidationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private static final String[][] CHOICES = { { "As defined (LANGUAGE.md)", Severities.DEFAULT }, { "Error", Severities.ERROR },
			{ "Warning", Severities.WARNING }, { "Info", Severities.INFO }, { "Ignore", Severities.IGNORE } };

	public ValidationPreferencePage() {
		super(GRID);
		setDescription("Severity of the problem markers of each diagnostic code. The command line and the language server keep the defined severities.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, DiacUiPlugin.ID));
	}

	@Override
	protected void createFieldEditors() {
		for (String code : Severities.codes()) {
			getPreferenceStore().setDefault(Severities.key(code), Severities.DEFAULT);
			addField(new ComboFieldEditor(Severities.key(code), code, CHOICES, getFieldEditorParent()));
		}
	}
}
