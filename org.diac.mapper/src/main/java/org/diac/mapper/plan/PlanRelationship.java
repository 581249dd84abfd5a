package org.diac.mapper.plan;

import java.util.List;
import java.util.Map;

/**
 * A requirement of a node, as the plan needs it: its name, the node template it targets, the relationship type
 * and its ancestors (nearest first), the relationship's properties and its merged interfaces
 * ({@link InterfaceDefinitions#merge}: the relationship type chain, then the template or assignment).
 */
public record PlanRelationship(String requirement, String target, List<String> types, Map<String, Object> properties,
        Map<String, Map<String, Operation>> interfaces) {

    public PlanRelationship {
        types = types == null ? List.of() : List.copyOf(types);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        interfaces = interfaces == null ? Map.of() : Map.copyOf(interfaces);
    }

    public boolean isA(String type) {
        return types.contains(type);
    }
}
