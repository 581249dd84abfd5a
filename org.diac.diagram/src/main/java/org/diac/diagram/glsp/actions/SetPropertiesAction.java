package org.diac.diagram.glsp.actions;

import java.util.List;

import org.diac.diagram.edit.PropertySheet;
import org.eclipse.glsp.server.actions.ResponseAction;

/**
 * The properties panel of a template: its sheet (each row with the validation's diagnostics on its lines, as
 * {@code file:line:column: severity CODE message}), the template's own diagnostics, or {@code error} when there is
 * no panel to show (no such template, syntax errors). Gson writes the records as they are.
 */
public class SetPropertiesAction extends ResponseAction {

	public static final String KIND = "diacSetProperties";

	/** A row of the sheet with its diagnostics. */
	public record Row(PropertySheet.Row property, List<String> diagnostics) {
	}

	private String template;
	private String type;
	private List<Row> rows = List.of();
	private List<String> diagnostics = List.of();
	private String error;

	public SetPropertiesAction() {
		super(KIND);
	}

	public static SetPropertiesAction of(String template, String type, List<Row> rows, List<String> diagnostics) {
		SetPropertiesAction action = new SetPropertiesAction();
		action.template = template;
		action.type = type;
		action.rows = List.copyOf(rows);
		action.diagnostics = List.copyOf(diagnostics);
		return action;
	}

	public static SetPropertiesAction failed(String template, String error) {
		SetPropertiesAction action = new SetPropertiesAction();
		action.template = template;
		action.error = error;
		return action;
	}

	public String getTemplate() {
		return template;
	}

	public String getType() {
		return type;
	}

	public List<Row> getRows() {
		return rows;
	}

	public List<String> getDiagnostics() {
		return diagnostics;
	}

	public String getError() {
		return error;
	}
}
