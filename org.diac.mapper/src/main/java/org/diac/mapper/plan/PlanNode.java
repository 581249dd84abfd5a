package org.diac.mapper.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node template of the instance model, as the plan needs it: name, its type and the type's ancestors (nearest
 * first), its properties (as written: literals and functions), its merged interfaces and its requirements. Plain
 * data: the CLI fills it from the language's model, the chaincode or an agent from a stored document.
 */
public record PlanNode(String name, List<String> types, Map<String, Object> properties,
        Map<String, Map<String, Operation>> interfaces, List<PlanRelationship> requirements) {

    /** diac.nodes.Operator (LANGUAGE.md §3): the templates that stand for operators. */
    public static final String OPERATOR_TYPE = "diac.nodes.Operator";
    static final String OPERATED_BY_TYPE = "diac.relationships.OperatedBy";
    static final String OPERATED_BY = "operated_by";

    public PlanNode {
        types = types == null ? List.of() : List.copyOf(types);
        properties = properties == null ? Map.of() : new LinkedHashMap<>(properties);
        interfaces = interfaces == null ? Map.of() : new LinkedHashMap<>(interfaces);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public boolean isA(String type) {
        return types.contains(type);
    }

    /**
     * Who executes this node's operations: the operator its {@code operated_by} requirement names (an OperatedBy
     * relationship), an operator template itself, or nobody in particular (null) for a node with neither.
     */
    public String executor() {
        for (PlanRelationship requirement : requirements) {
            if (requirement.isA(OPERATED_BY_TYPE) || requirement.types().isEmpty() && OPERATED_BY.equals(requirement.requirement())) {
                return requirement.target();
            }
        }
        return isA(OPERATOR_TYPE) ? name : null;
    }

    /** The operation {@code interfaceName.operation}, or one without implementation when none is defined. */
    public Operation operation(String interfaceName, String operation) {
        Map<String, Operation> operations = interfaces.get(interfaceName);
        Operation found = operations == null ? null : operations.get(operation);
        return found == null ? new Operation(null, Map.of()) : found;
    }
}
