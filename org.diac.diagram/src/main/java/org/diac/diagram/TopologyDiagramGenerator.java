package org.diac.diagram;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.diagram.model.Badge;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.model.TopologyDiagram;
import org.diac.dsl.diac.DiacPackage;
import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The diagram of a parsed and linked document: node templates by kind, requirements as edges by relationship,
 * policies and TOSCA groups as badges on their targets and members, and the validation's diagnostics as decorations
 * on the element whose text holds them. Reads the one Xtext model, with the effective values the validators use
 * (inputs' defaults, module references); there is no second parser.
 */
public final class TopologyDiagramGenerator {

	private TopologyDiagramGenerator() {
	}

	/**
	 * @param template    the document's root, linked ({@code EcoreUtil.resolveAll} done)
	 * @param title       shown above the diagram when the document has no {@code metadata.template_name}
	 * @param diagnostics the validation's diagnostics of this document; those of {@code file} are placed on elements
	 * @param file        the name the diagnostics give this document
	 */
	public static TopologyDiagram generate(ServiceTemplate template, String title, List<Decoration> diagnostics, String file) {
		TopologyTemplate topology = template == null ? null : template.getTopology();
		DecorationPlaces places = new DecorationPlaces(topology, diagnostics, file);
		String name = templateName(template);
		String heading = name == null ? title : name;
		if (topology == null) {
			return new TopologyDiagram(heading, List.of(), List.of(), places.unplaced());
		}
		Map<String, List<Badge>> badges = badges(topology, places);
		List<DiagramNode> nodes = new ArrayList<>();
		List<DiagramEdge> edges = new ArrayList<>();
		for (NodeTemplate node : topology.getNodeTemplates()) {
			if (node.getName() == null || nodes.stream().anyMatch(n -> n.id().equals(node.getName()))) {
				continue; // a duplicate key is a YAML-DUPLICATE-KEY diagnostic; the first template is drawn
			}
			NodeKind kind = kind(node.getType());
			Integer instances = kind == NodeKind.WORKER ? integer(DiacTopology.instances(node)) : null;
			nodes.add(new DiagramNode(node.getName(), kind, typeText(node), detail(node, kind, instances), instances,
					badges.getOrDefault(node.getName(), List.of()), places.of(node)));
			for (RequirementAssignment requirement : node.getRequirements()) {
				EObject target = requirement.getNode();
				if (target instanceof NodeTemplate targetTemplate && !target.eIsProxy() && targetTemplate.getName() != null) {
					edges.add(new DiagramEdge(node.getName() + "." + requirement.getName() + "." + edges.size(), node.getName(),
							targetTemplate.getName(), edgeKind(node, requirement), requirement.getName()));
				}
				// a node type as target (an abstract requirement) or an unresolved name has no template to point to;
				// the latter is a TOSCA-REQUIREMENT-TARGET decoration on the node
			}
		}
		return new TopologyDiagram(heading, nodes, edges, places.unplaced());
	}

	static NodeKind kind(TypeDefinition type) {
		if (type == null || type.eIsProxy()) {
			return NodeKind.TOSCA;
		}
		for (NodeKind kind : NodeKind.values()) {
			if (kind != NodeKind.TOSCA && TypeHierarchy.isA(type, kind.typeName())) {
				return kind;
			}
		}
		return NodeKind.TOSCA;
	}

	/**
	 * The kind of a requirement: by its relationship (the assignment's, else its definition's), since
	 * {@code connect_to} and {@code host} are only names; {@code validates} is a plain DependsOn, so by name.
	 */
	static EdgeKind edgeKind(NodeTemplate source, RequirementAssignment requirement) {
		TypeDefinition relationship = relationshipType(requirement.getRelationship());
		if (relationship == null && source.getType() != null && !source.getType().eIsProxy()) {
			RequirementDefinition definition = TypeMembers.requirements(source.getType()).get(requirement.getName());
			if (definition != null) {
				relationship = relationshipType(definition.getRelationship());
			}
		}
		if (relationship != null) {
			if (TypeHierarchy.isA(relationship, "diac.relationships.OperatedBy")) {
				return EdgeKind.OPERATED_BY;
			}
			if (TypeHierarchy.isA(relationship, "diac.relationships.ComposedOf")) {
				return EdgeKind.COMPOSED_OF;
			}
			if (TypeHierarchy.isA(relationship, "tosca.relationships.HostedOn")) {
				return EdgeKind.HOST;
			}
			if (TypeHierarchy.isA(relationship, "tosca.relationships.ConnectsTo")) {
				return EdgeKind.CONNECTS_TO;
			}
		}
		return switch (requirement.getName() == null ? "" : requirement.getName()) {
			case "operated_by" -> EdgeKind.OPERATED_BY;
			case "composed_of" -> EdgeKind.COMPOSED_OF;
			case "validates" -> EdgeKind.VALIDATES;
			case "host" -> EdgeKind.HOST;
			case "connect_to", "connects_to" -> EdgeKind.CONNECTS_TO;
			default -> EdgeKind.DEPENDENCY;
		};
	}

	private static TypeDefinition relationshipType(EObject relationship) {
		if (relationship instanceof RelationshipTemplate template) {
			relationship = template.getType();
		}
		return relationship instanceof TypeDefinition type && !type.eIsProxy() ? type : null;
	}

	/** Policies on their targets (a group target puts the badge on its members), TOSCA groups on their members. */
	private static Map<String, List<Badge>> badges(TopologyTemplate topology, DecorationPlaces places) {
		Map<String, List<Badge>> badges = new LinkedHashMap<>();
		for (Group group : topology.getGroups()) {
			Badge badge = new Badge(Badge.Kind.GROUP, group.getName(), text(group, DiacPackage.Literals.GROUP__TYPE), places.of(group));
			for (NodeTemplate member : group.getMembers()) {
				if (!member.eIsProxy()) {
					badges.computeIfAbsent(member.getName(), k -> new ArrayList<>()).add(badge);
				}
			}
		}
		for (Policy policy : topology.getPolicies()) {
			Badge badge = new Badge(Badge.Kind.POLICY, policy.getName(), text(policy, DiacPackage.Literals.POLICY__TYPE), places.of(policy));
			for (EObject target : policy.getTargets()) {
				if (target instanceof NodeTemplate node && !node.eIsProxy()) {
					badges.computeIfAbsent(node.getName(), k -> new ArrayList<>()).add(badge);
				} else if (target instanceof Group group && !group.eIsProxy()) {
					for (NodeTemplate member : group.getMembers()) {
						if (!member.eIsProxy()) {
							badges.computeIfAbsent(member.getName(), k -> new ArrayList<>()).add(badge);
						}
					}
				}
			}
		}
		return badges;
	}

	/** A worker's instances; a node group's groups × members (LANGUAGE.md §3: occurrence, members_per_group). */
	private static String detail(NodeTemplate node, NodeKind kind, Integer instances) {
		if (kind == NodeKind.WORKER) {
			return instances == null ? "× ? instances" : "× " + instances + (instances == 1 ? " instance" : " instances");
		}
		if (kind == NodeKind.NODE_GROUP) {
			String occurrence = number(node, "occurrence");
			String members = number(node, "members_per_group");
			if (occurrence != null || members != null) {
				String pattern = EffectiveValues.property(node.getProperties(), "name_pattern") == null ? null
						: EffectiveValues.text(EffectiveValues.property(node.getProperties(), "name_pattern").getValue());
				return (occurrence == null ? "?" : occurrence) + " × " + (members == null ? "?" : members)
						+ (pattern == null ? "" : "  " + pattern);
			}
		}
		return null;
	}

	private static String number(NodeTemplate node, String property) {
		PropertyAssignment assignment = EffectiveValues.property(node.getProperties(), property);
		BigDecimal value = assignment == null ? null : EffectiveValues.number(assignment.getValue());
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static Integer integer(BigInteger value) {
		return value == null || value.bitLength() > 31 ? null : value.intValue();
	}

	/** The type as the document writes it, also when it does not resolve. */
	private static String typeText(NodeTemplate node) {
		if (node.getType() != null && !node.getType().eIsProxy() && node.getType().getName() != null) {
			return node.getType().getName();
		}
		String written = text(node, DiacPackage.Literals.NODE_TEMPLATE__TYPE);
		return written == null ? "(no type)" : written;
	}

	private static String text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String templateName(ServiceTemplate template) {
		if (template == null || template.getMetadata() == null) {
			return null;
		}
		Map<String, org.diac.dsl.diac.Value> metadata = EffectiveValues.entries(template.getMetadata());
		return metadata == null || metadata.get("template_name") == null ? null : EffectiveValues.text(metadata.get("template_name"));
	}
}
