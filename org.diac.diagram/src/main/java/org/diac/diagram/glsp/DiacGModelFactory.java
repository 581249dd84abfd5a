package org.diac.diagram.glsp;

import org.diac.diagram.DiagramDocuments;
import org.diac.diagram.layout.DiagramLayout;
import org.diac.diagram.layout.ElkTopologyLayout;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/** The graph of the state's diagram, laid out by ELK with the sidecar's positions (the server does all layout). */
public class DiacGModelFactory implements GModelFactory {

	@Inject
	private DiagramState state;

	@Override
	public void createGModel() {
		DiagramDocuments.Result result = state.result();
		if (!result.drawn() && result.partial() != null) {
			// malformed YAML: what the parser recovered, under a banner with the syntax errors (not editable: the
			// edits refuse a text with syntax errors)
			DiagramLayout layout = ElkTopologyLayout.layout(result.partial(), state.positions());
			state.layout(layout);
			state.updateRoot(TopologyGModel.withBanner(TopologyGModel.build(result.partial(), layout),
					state.file().path().getFileName() + " is not well-formed YAML; drawn: what parsed. Fix the text:", result.syntaxErrors()));
			return;
		}
		if (!result.drawn()) {
			state.layout(null);
			state.updateRoot(TopologyGModel.message(state.file().path().getFileName() + " is not well-formed YAML; nothing drawn",
					result.syntaxErrors()));
			return;
		}
		DiagramLayout layout = ElkTopologyLayout.layout(result.diagram(), state.positions());
		state.layout(layout);
		state.updateRoot(TopologyGModel.build(result.diagram(), layout));
	}
}
