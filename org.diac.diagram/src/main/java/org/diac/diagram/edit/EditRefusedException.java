package org.diac.diagram.edit;

/** An edit the diagram cannot make as a minimal text change (the reason is shown to the user); the text is unchanged. */
public class EditRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public EditRefusedException(String message) {
		super(message);
	}
}
