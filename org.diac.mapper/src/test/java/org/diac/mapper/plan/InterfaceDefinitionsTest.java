package org.diac.mapper.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InterfaceDefinitionsTest {

    @Test
    void theTemplateRefinesItsTypeAndTheTypeItsParent() {
        Object parent = Map.of("Standard", Map.of("type", "tosca.interfaces.node.lifecycle.Standard",
                "operations", Map.of("create", "parent-create.yaml", "start", "parent-start.yaml")));
        Object type = Map.of("Standard", Map.of("operations", Map.of("create", Map.of("implementation", "type-create.yaml",
                "inputs", Map.of("port", Map.of("type", "integer", "default", 80), "mode", Map.of("type", "string"))))));
        Object template = Map.of("Standard", Map.of("inputs", Map.of("region", "eu"),
                "operations", Map.of("create", Map.of("inputs", Map.of("port", 8080)))));
        Map<String, Map<String, Operation>> merged = InterfaceDefinitions.merge(List.of(parent, type, template));
        Operation create = merged.get("Standard").get("create");
        assertEquals("type-create.yaml", create.implementation());
        assertEquals(Map.of("port", 8080, "region", "eu"), create.inputs(), "a definition without value or default gives no input");
        assertEquals("parent-start.yaml", merged.get("Standard").get("start").implementation());
        assertEquals(Map.of("region", "eu"), merged.get("Standard").get("start").inputs());
    }

    @Test
    void tosca10FormsCount() {
        Object written = Map.of("tosca.interfaces.node.lifecycle.Standard", Map.of("configure",
                Map.of("implementation", Map.of("primary", "configure.sh", "dependencies", List.of("lib.sh"))),
                "start", Map.of("implementation", Map.of("primary", Map.of("file", "start.yaml", "type", "tosca.artifacts.Implementation")))));
        Map<String, Operation> standard = InterfaceDefinitions.merge(List.of(written)).get("Standard");
        assertEquals("configure.sh", standard.get("configure").implementation());
        assertEquals("start.yaml", standard.get("start").implementation());
        assertNull(InterfaceDefinitions.merge(List.of(Map.of("Standard", Map.of("operations", Map.of("stop", Map.of())))))
                .get("Standard").get("stop").implementation());
    }
}
