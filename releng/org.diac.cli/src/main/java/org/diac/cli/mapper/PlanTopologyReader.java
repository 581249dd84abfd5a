package org.diac.cli.mapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.RelationshipType;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.RequirementDefinition;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.export.TreeExporter;
import org.diac.dsl.library.BuiltInLibrary;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.model.TypeMembers;
import org.diac.mapper.instances.Trees;
import org.diac.mapper.plan.InterfaceDefinitions;
import org.diac.mapper.plan.PlanNode;
import org.diac.mapper.plan.PlanRelationship;
import org.diac.mapper.plan.PlanTopology;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Adapts a parsed, linked document (the language's model) to the plan generator's plain records: type chains from
 * {@code derived_from} as the language resolved it (imports and the built-in library included), interface
 * definitions from the plain trees of the files that define the types (the built-in TOSCA and DiaC types give no
 * implementations, so their files are not read), the template's own values from the document's tree.
 */
final class PlanTopologyReader {

    private final Map<Resource, Map<String, Object>> trees = new HashMap<>();

    static PlanTopology read(ServiceTemplate document) {
        return new PlanTopologyReader().topology(document);
    }

    private PlanTopology topology(ServiceTemplate document) {
        Map<String, Object> topologyTree = Trees.map(tree(document.eResource()).get("topology_template"));
        Map<String, Object> templatesTree = Trees.map(topologyTree.get("node_templates"));
        Map<String, Object> relationshipTemplates = Trees.map(topologyTree.get("relationship_templates"));
        Map<String, Object> inputs = new LinkedHashMap<>();
        Trees.map(topologyTree.get("inputs")).forEach((name, definition) -> {
            Map<String, Object> map = Trees.map(definition);
            if (map.containsKey("value")) {
                inputs.put(name, map.get("value"));
            } else if (map.containsKey("default")) {
                inputs.put(name, map.get("default"));
            }
        });
        List<PlanNode> nodes = new ArrayList<>();
        if (document.getTopology() != null) {
            for (NodeTemplate template : document.getTopology().getNodeTemplates()) {
                nodes.add(node(template, Trees.map(templatesTree.get(template.getName())), relationshipTemplates));
            }
        }
        return new PlanTopology(nodes, inputs);
    }

    private PlanNode node(NodeTemplate template, Map<String, Object> tree, Map<String, Object> relationshipTemplates) {
        TypeDefinition type = template.getType() == null || template.getType().eIsProxy() ? null : template.getType();
        List<TypeDefinition> chain = type == null ? List.of() : TypeHierarchy.selfAndAncestors(type);
        List<Object> layers = typeLayers(chain, "node_types");
        layers.add(tree.get("interfaces"));
        Map<String, RequirementDefinition> definitions = type == null ? Map.of() : TypeMembers.requirements(type);
        List<PlanRelationship> requirements = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Object> requirementTrees = Trees.list(tree.get("requirements"));
        for (RequirementAssignment assignment : template.getRequirements()) {
            int occurrence = seen.merge(assignment.getName(), 1, Integer::sum);
            Map<String, Object> assignmentTree = requirementTree(requirementTrees, assignment.getName(), occurrence);
            requirements.add(relationship(assignment, definitions.get(assignment.getName()), assignmentTree, relationshipTemplates));
        }
        return new PlanNode(template.getName(), names(chain), Trees.map(tree.get("properties")), InterfaceDefinitions.merge(layers),
                requirements);
    }

    private PlanRelationship relationship(RequirementAssignment assignment, RequirementDefinition definition, Map<String, Object> tree,
            Map<String, Object> relationshipTemplates) {
        EObject node = assignment.getNode();
        String target = node instanceof NodeTemplate template && !template.eIsProxy() ? template.getName() : null;
        EObject written = assignment.getRelationship();
        RelationshipType type = null;
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> extra = new ArrayList<>();
        if (written instanceof RelationshipType relationshipType && !relationshipType.eIsProxy()) {
            type = relationshipType;
        } else if (written instanceof RelationshipTemplate relationshipTemplate && !relationshipTemplate.eIsProxy()) {
            type = relationshipTemplate.getType() == null || relationshipTemplate.getType().eIsProxy() ? null : relationshipTemplate.getType();
            Map<String, Object> templateTree = Trees.map(relationshipTemplates.get(relationshipTemplate.getName()));
            properties.putAll(Trees.map(templateTree.get("properties")));
            extra.add(templateTree.get("interfaces"));
        }
        if (type == null && definition != null && definition.getRelationship() instanceof RelationshipType defined && !defined.eIsProxy()) {
            type = defined;
        }
        Object relationshipTree = tree.get("relationship");
        if (relationshipTree instanceof Map<?, ?>) {
            properties.putAll(Trees.map(Trees.map(relationshipTree).get("properties")));
            extra.add(Trees.map(relationshipTree).get("interfaces"));
        }
        List<TypeDefinition> chain = type == null ? List.of() : TypeHierarchy.selfAndAncestors(type);
        List<Object> layers = typeLayers(chain, "relationship_types");
        layers.addAll(extra);
        return new PlanRelationship(assignment.getName(), target, names(chain), properties, InterfaceDefinitions.merge(layers));
    }

    /** The body of the {@code occurrence}-th requirement named {@code name} (an empty map for the short form). */
    private static Map<String, Object> requirementTree(List<Object> requirements, String name, int occurrence) {
        int count = 0;
        for (Object item : requirements) {
            Map<String, Object> entry = Trees.map(item);
            if (entry.containsKey(name) && ++count == occurrence) {
                return Trees.map(entry.get(name));
            }
        }
        return Map.of();
    }

    /** The {@code interfaces:} of each type of the chain, ancestors first; built-in types add none. */
    private List<Object> typeLayers(List<TypeDefinition> chain, String section) {
        List<Object> layers = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            TypeDefinition type = chain.get(i);
            Resource resource = type.eResource();
            if (resource == null || BuiltInLibrary.isLibrary(resource.getURI())) {
                continue;
            }
            Map<String, Object> definition = Trees.map(Trees.map(tree(resource).get(section)).get(type.getName()));
            layers.add(definition.get("interfaces"));
        }
        return layers;
    }

    private Map<String, Object> tree(Resource resource) {
        return trees.computeIfAbsent(resource, r -> r.getContents().isEmpty() ? Map.of() : Trees.map(TreeExporter.tree(r.getContents().get(0))));
    }

    private static List<String> names(List<TypeDefinition> chain) {
        return chain.stream().map(TypeDefinition::getName).toList();
    }
}
