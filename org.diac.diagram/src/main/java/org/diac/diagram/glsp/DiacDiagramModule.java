package org.diac.diagram.glsp;

import org.diac.diagram.glsp.handlers.ChangeBoundsHandler;
import org.diac.diagram.glsp.handlers.ChangeRoutingPointsHandler;
import org.diac.diagram.glsp.handlers.ConnectRequirementHandler;
import org.diac.diagram.glsp.handlers.CreateNodeTemplateHandler;
import org.diac.diagram.glsp.handlers.DeleteElementsHandler;
import org.diac.diagram.glsp.handlers.EditPropertyHandler;
import org.diac.diagram.glsp.handlers.LayoutHandler;
import org.diac.diagram.glsp.handlers.NotEditableHandler;
import org.diac.diagram.glsp.handlers.ReloadDocumentHandler;
import org.diac.diagram.glsp.handlers.RenameHandler;
import org.diac.diagram.glsp.handlers.RequestPropertiesHandler;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * The GLSP wiring of the topology diagram, one line per deviation from GLSP's defaults. The source model is the
 * document's text ({@link DocumentFile}); the graph is built and laid out on the server; every operation the
 * client can send has a handler here (GLSP-DIAGRAMS.md: an unknown kind inside a compound closes the websocket).
 */
public class DiacDiagramModule extends DiagramModule {

	public static final String DIAGRAM_TYPE = "diac-topology";

	private final DocumentFile file;

	public DiacDiagramModule(DocumentFile file) {
		this.file = file;
	}

	@Override
	public String getDiagramType() {
		return DIAGRAM_TYPE;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DocumentFile.class).toInstance(file); // the one document this server shows, shared by its sessions
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return DiagramState.class; // the diagram records, positions and palette types of the document
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return DiacDiagramConfiguration.class; // type hints: move and delete nodes, delete edges; server layout
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return DiacSourceModelStorage.class; // the document file, validated as diac validate does
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return DiacGModelFactory.class; // records → ELK → GGraph (TopologyGModel)
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return DiacToolPaletteItemProvider.class; // profile and document node types
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		// not super: its LayoutOperationHandler needs a LayoutEngine; ours forgets the user's positions instead
		binding.add(CompoundOperationHandler.class);
		binding.add(GModelCutOperationHandler.class);
		binding.add(CreateNodeTemplateHandler.class);
		binding.add(DeleteElementsHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeRoutingPointsHandler.class);
		binding.add(LayoutHandler.class);
		binding.add(NotEditableHandler.Reconnect.class);
		binding.add(NotEditableHandler.ChangeContainer.class);
		binding.add(RenameHandler.class);
		binding.add(ConnectRequirementHandler.class);
		binding.add(EditPropertyHandler.class);
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(RequestPropertiesHandler.class); // the properties panel
		binding.add(ReloadDocumentHandler.class); // the file changed (watcher, stale edit)
	}

	@Override
	protected Class<? extends EdgeCreationChecker> bindEdgeCreationChecker() {
		return DiacEdgeCreationChecker.class; // which requirement edges may be drawn, asked while drawing
	}
}
