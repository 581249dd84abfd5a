package org.diac.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.List;

import org.diac.diagram.edit.EditRefusedException;
import org.diac.diagram.edit.PropertySheet;
import org.diac.diagram.glsp.DiagramState;
import org.diac.diagram.glsp.actions.RequestPropertiesAction;
import org.diac.diagram.glsp.actions.SetPropertiesAction;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramNode;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;

import com.google.inject.Inject;

/**
 * The properties panel's content: the template's property sheet, read from the text the diagram shows, with the
 * validation's diagnostics of that text put on the rows whose lines they are on; the template's other diagnostics
 * (a required property missing, ...) go with the sheet.
 */
public class RequestPropertiesHandler extends AbstractActionHandler<RequestPropertiesAction> {

	@Inject
	private DiagramState state;

	@Override
	protected List<Action> executeAction(RequestPropertiesAction action) {
		String template = action.getTemplate();
		PropertySheet sheet;
		try {
			sheet = state.file().edits().propertySheet(state.shownText(), state.file().uri(), template);
		} catch (EditRefusedException e) {
			return List.of(respond(action, SetPropertiesAction.failed(template, e.getMessage())));
		}
		List<Decoration> decorations = state.result() == null || state.result().diagram() == null ? List.of()
				: state.result().diagram().node(template).map(DiagramNode::decorations).orElse(List.of());
		List<Decoration> placed = new ArrayList<>();
		List<SetPropertiesAction.Row> rows = new ArrayList<>();
		for (PropertySheet.Row row : sheet.rows()) {
			List<String> messages = new ArrayList<>();
			for (Decoration decoration : decorations) {
				if (row.value() != null && decoration.line() >= row.firstLine() && decoration.line() <= row.lastLine()) {
					messages.add(decoration.toText());
					placed.add(decoration);
				}
			}
			rows.add(new SetPropertiesAction.Row(row, messages));
		}
		List<String> others = decorations.stream().filter(d -> !placed.contains(d)).map(Decoration::toText).toList();
		return List.of(respond(action, SetPropertiesAction.of(sheet.template(), sheet.type(), rows, others)));
	}

	private static Action respond(RequestPropertiesAction request, SetPropertiesAction response) {
		response.setResponseId(request.getRequestId());
		return response;
	}
}
