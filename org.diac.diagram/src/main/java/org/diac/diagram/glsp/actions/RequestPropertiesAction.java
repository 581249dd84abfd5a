package org.diac.diagram.glsp.actions;

import org.eclipse.glsp.server.actions.RequestAction;

/** The client asks for the properties panel of the node template {@code template} (answered by {@link SetPropertiesAction}). */
public class RequestPropertiesAction extends RequestAction<SetPropertiesAction> {

	public static final String KIND = "diacRequestProperties";

	private String template;

	public RequestPropertiesAction() {
		super(KIND);
	}

	public String getTemplate() {
		return template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}
}
