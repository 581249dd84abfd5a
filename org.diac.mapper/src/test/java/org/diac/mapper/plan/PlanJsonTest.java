package org.diac.mapper.plan;

import static org.diac.mapper.plan.Nodes.COMPUTE;
import static org.diac.mapper.plan.Nodes.node;
import static org.diac.mapper.plan.Nodes.standard;
import static org.diac.mapper.plan.Nodes.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class PlanJsonTest {

    @Test
    void aPlanSerializesToOperatorAndStepsWithEveryKeyOfAStepPresent() {
        Plan plan = PlanGenerator.deploy(topology(node("vm", COMPUTE, Map.of(), standard("vm", "create"))));
        JsonObject json = JsonParser.parseString(PlanJson.write(plan)).getAsJsonObject();
        assertEquals(Set.of("operator", "steps"), json.keySet());
        assertTrue(json.get("operator").isJsonNull());
        JsonObject create = json.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertEquals(Set.of("order", "kind", "instance", "target", "requirement", "interface", "operation", "implementation", "inputs",
                "unresolved", "operator", "state"), create.keySet());
        assertEquals(1, create.get("order").getAsInt());
        assertEquals("call", create.get("kind").getAsString());
        assertEquals("Standard", create.get("interface").getAsString());
        assertEquals("create", create.get("operation").getAsString());
        assertEquals("vm-create.yaml", create.get("implementation").getAsString());
        assertEquals("created", create.get("state").getAsString());
        JsonObject configure = json.getAsJsonArray("steps").get(1).getAsJsonObject();
        assertEquals("no-op", configure.get("kind").getAsString());
        assertTrue(configure.get("implementation").isJsonNull());
    }

    @Test
    void theTableNamesEveryStepAndCountsThem() {
        String table = PlanTable.write(PlanGenerator.deploy(topology(node("vm", COMPUTE, Map.of(), standard("vm", "create")))));
        assertTrue(table.contains("Standard.create") && table.contains("vm-create.yaml") && table.contains("(no-op)"), table);
        assertTrue(table.endsWith("3 steps: 1 to run, 2 no-op, 0 wait\n"), table);
    }
}
