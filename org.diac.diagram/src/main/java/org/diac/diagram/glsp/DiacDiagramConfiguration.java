package org.diac.diagram.glsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do with each element type: nodes can be moved and deleted (not resized, not put into
 * another node), edges deleted (not re-routed or re-connected by hand), requirements drawn between nodes (checked
 * by the server while drawing). The server lays everything out (ELK), so
 * the client does not measure; a gesture these hints do not offer is never sent.
 */
public class DiacDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
		for (NodeKind kind : NodeKind.values()) {
			mappings.put(TopologyGModel.NODE_PREFIX + kind.label(), GraphPackage.Literals.GNODE);
		}
		mappings.put(TopologyGModel.NEW_TEMPLATE, GraphPackage.Literals.GNODE);
		for (EdgeKind kind : EdgeKind.values()) {
			mappings.put(TopologyGModel.EDGE_PREFIX + kind.label(), GraphPackage.Literals.GEDGE);
		}
		mappings.put(TopologyGModel.NEW_REQUIREMENT, GraphPackage.Literals.GEDGE);
		for (String label : List.of("name", "type", "detail", "badge", "edge", "message")) {
			mappings.put("label:" + label, GraphPackage.Literals.GLABEL);
		}
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			hints.add(new ShapeTypeHint(TopologyGModel.NODE_PREFIX + kind.label(), true, true, false, false));
		}
		hints.add(new ShapeTypeHint(TopologyGModel.NEW_TEMPLATE, true, true, false, false));
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<EdgeTypeHint> hints = new ArrayList<>();
		for (EdgeKind kind : EdgeKind.values()) {
			hints.add(new EdgeTypeHint(TopologyGModel.EDGE_PREFIX + kind.label(), false, true, false, List.of(), List.of()));
		}
		// drawing a requirement: any node may be pointed at, the server checks each source and target as the mouse
		// moves (dynamic, DiacEdgeCreationChecker) and the client shows a refused one as not allowed
		List<String> nodes = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			nodes.add(TopologyGModel.NODE_PREFIX + kind.label());
		}
		EdgeTypeHint requirement = new EdgeTypeHint(TopologyGModel.NEW_REQUIREMENT, false, true, false, nodes, nodes);
		requirement.setDynamic(true); // GLSP 2.3.0's constructor with a 'dynamic' parameter drops it (never assigned)
		hints.add(requirement);
		return hints;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.NONE; // the graph comes laid out (TopologyGModel)
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
