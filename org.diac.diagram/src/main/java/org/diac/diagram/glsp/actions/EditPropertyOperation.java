package org.diac.diagram.glsp.actions;

import org.eclipse.glsp.server.operations.Operation;

/** The properties panel sets {@code property} of {@code template} to {@code value} (YAML text on one line). */
public class EditPropertyOperation extends Operation {

	public static final String KIND = "diacEditProperty";

	private String template;
	private String property;
	private String value;

	public EditPropertyOperation() {
		super(KIND);
	}

	public EditPropertyOperation(String template, String property, String value) {
		this();
		this.template = template;
		this.property = property;
		this.value = value;
	}

	public String getTemplate() {
		return template;
	}

	public String getProperty() {
		return property;
	}

	public String getValue() {
		return value;
	}
}
