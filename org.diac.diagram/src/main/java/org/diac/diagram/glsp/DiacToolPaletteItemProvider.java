package org.diac.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diac.diagram.model.NodeKind;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

/**
 * The palette, typed by the profile and the document: one entry per node type of the DiaC profile
 * ({@code diac.nodes.*}) and per node type the document defines. Each entry creates a {@code node:template} with
 * the type as its argument, so one handler serves every type, including types only this document knows. The
 * "Requirement" entry draws an edge from a template to one that fulfils a requirement of it.
 */
public class DiacToolPaletteItemProvider implements ToolPaletteItemProvider {

	@Inject
	private DiagramState state;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> profile = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			if (kind != NodeKind.TOSCA) {
				String type = kind.typeName();
				profile.add(item(type, type.substring(type.lastIndexOf('.') + 1)));
			}
		}
		List<PaletteItem> groups = new ArrayList<>();
		groups.add(PaletteItem.createPaletteGroup("profile", "DiaC profile", profile, "symbol-class", "A"));
		PaletteItem connect = new PaletteItem("connect:requirement", "Requirement", new TriggerEdgeCreationAction(TopologyGModel.NEW_REQUIREMENT),
				"symbol-reference");
		groups.add(PaletteItem.createPaletteGroup("edges", "Connect", List.of(connect), "symbol-reference", "C"));
		List<PaletteItem> own = new ArrayList<>();
		state.ownNodeTypes().forEach(type -> own.add(item(type, type)));
		if (!own.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("document", "This document's types", own, "symbol-class", "B"));
		}
		return groups;
	}

	private static PaletteItem item(String type, String label) {
		return new PaletteItem("create:" + type, label,
				new TriggerNodeCreationAction(TopologyGModel.NEW_TEMPLATE, Map.of(TopologyGModel.TYPE_ARG, type)), "symbol-property");
	}
}
