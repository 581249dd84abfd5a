package org.diac.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.diac.diagram.model.Decoration;
import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.TopologyTemplate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Which drawn element each diagnostic belongs to: the node template, group or policy whose text holds the
 * diagnostic's line (the innermost, should two hold it). The validation reports positions, not objects, so this is
 * the same mapping an editor makes when it puts a marker on a line.
 */
final class DecorationPlaces {

	private final Map<EObject, List<Decoration>> placed = new IdentityHashMap<>();
	private final List<Decoration> unplaced = new ArrayList<>();

	DecorationPlaces(TopologyTemplate topology, List<Decoration> diagnostics, String file) {
		List<EObject> elements = new ArrayList<>();
		if (topology != null) {
			elements.addAll(topology.getNodeTemplates());
			elements.addAll(topology.getGroups());
			elements.addAll(topology.getPolicies());
		}
		for (Decoration decoration : diagnostics) {
			EObject place = decoration.file().equals(file) ? innermost(elements, decoration.line()) : null;
			if (place == null) {
				unplaced.add(decoration);
			} else {
				placed.computeIfAbsent(place, k -> new ArrayList<>()).add(decoration);
			}
		}
		// a policy or group that targets nothing draws no badge: its diagnostics go to the document
		if (topology != null) {
			for (Policy policy : topology.getPolicies()) {
				if (policy.getTargets().stream().noneMatch(t -> !t.eIsProxy() && (t instanceof NodeTemplate || t instanceof Group))) {
					unplaced.addAll(of(policy));
				}
			}
			for (Group group : topology.getGroups()) {
				if (group.getMembers().stream().allMatch(EObject::eIsProxy)) {
					unplaced.addAll(of(group));
				}
			}
		}
	}

	private static EObject innermost(List<EObject> elements, int line) {
		EObject best = null;
		int bestSpan = Integer.MAX_VALUE;
		for (EObject element : elements) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node == null) {
				continue;
			}
			int start = node.getStartLine();
			int end = lastTextLine(node);
			if (start <= line && line <= end && end - start < bestSpan) {
				best = element;
				bestSpan = end - start;
			}
		}
		return best;
	}

	/** The line of the element's last real token: the scanner's END of a block can sit on the next key's line. */
	private static int lastTextLine(ICompositeNode node) {
		int end = node.getStartLine();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				end = Math.max(end, leaf.getEndLine());
			}
		}
		return end;
	}

	List<Decoration> of(EObject element) {
		return placed.getOrDefault(element, List.of());
	}

	List<Decoration> unplaced() {
		return unplaced;
	}
}
