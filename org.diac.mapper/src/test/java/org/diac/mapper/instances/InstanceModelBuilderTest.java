package org.diac.mapper.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.AllocationRequest;
import org.diac.mapper.allocation.GroupSpec;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.Operator;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class InstanceModelBuilderTest {

    private static final String DOCUMENT = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            topology_template:
              inputs:
                shards: { type: integer, default: 2 }
              node_templates:
                alice: { type: diac.nodes.Operator, properties: { identity: { type: wallet, address: "0xa" }, stake: 200 } }
                bob: { type: diac.nodes.Operator, properties: { identity: { type: wallet, address: "0xb" }, stake: 200 } }
                group:
                  type: diac.nodes.NodeGroup
                  properties: { name_pattern: "g{index}", occurrence: { get_input: shards }, members_per_group: 2 }
                  requirements:
                    - composed_of: worker
                worker:
                  type: diac.nodes.Worker
                  properties: { image: "{{artifacts.img}}" }
                  capabilities:
                    scalable: { properties: { default_instances: 4, max_instances: 10 } }
                  interfaces:
                    Standard: { create: create.sh }
                validator:
                  type: diac.nodes.Validator
                  requirements:
                    - operated_by: alice
                    - validates: { node: worker, relationship: tosca.relationships.DependsOn }
              policies:
                - spread: { type: diac.policies.Decentralization, targets: [ group, worker ] }
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(DOCUMENT);
    }

    private static AllocationRequest request() {
        return new AllocationRequest(List.of(Operator.of("alice", 200, "europe", false), Operator.of("bob", 200, "asia", false)),
                BigInteger.valueOf(100), List.of(new GroupSpec("group", "g{index}", 2, 2)), "worker", 4, new byte[32], 5);
    }

    private static InstanceModel model(Map<String, Object> previous) {
        AllocationRequest request = request();
        Allocation allocation = Mapper.allocate(request);
        return InstanceModelBuilder.build(document(), request, allocation, previous);
    }

    @Test
    void theWorkerBecomesOneTemplatePerSlotWithGroupAndOperator() {
        InstanceModel model = model(null);
        assertNull(model.template("worker"));
        assertEquals(List.of("g1-1", "g1-2", "g2-1", "g2-2"), model.instances().stream().map(Instance::name).toList());
        for (Instance instance : model.instances()) {
            NodeTemplate template = model.template(instance.name());
            assertEquals("diac.nodes.Worker", template.type());
            assertEquals(instance.groupIndex(), template.properties().get("group"));
            assertEquals(List.of(instance.operator()), template.targets("operated_by"));
            assertEquals("{{artifacts.img}}", template.properties().get("image"));
            assertEquals(Map.of("default_instances", 1, "min_instances", 1, "max_instances", 1),
                    Trees.map(Trees.map(Trees.map(template.rest().get("capabilities")).get("scalable")).get("properties")));
            assertTrue(template.rest().containsKey("interfaces"));
        }
        assertEquals(List.of("alice", "bob", "g1-1", "g1-2", "g2-1", "g2-2", "validator"),
                model.nodeTemplates().stream().map(NodeTemplate::name).toList().stream().filter(n -> !n.equals("group")).toList());
    }

    @Test
    void requirementsPolicyTargetsAndGroupsNameTheInstances() {
        InstanceModel model = model(null);
        List<String> all = List.of("g1-1", "g1-2", "g2-1", "g2-2");
        assertEquals(all, model.template("group").targets("composed_of"));
        assertEquals(all, model.template("validator").targets("validates"));
        assertEquals(List.of("alice"), model.template("validator").targets("operated_by"));
        Requirement validates = model.template("validator").requirements().get(1);
        assertEquals(Map.of("relationship", "tosca.relationships.DependsOn"), validates.details(), "the long form is kept");
        List<String> targets = new ArrayList<>(List.of("group"));
        targets.addAll(all);
        assertEquals(targets, model.policies().get(0).targets());
        assertEquals(List.of("g1", "g2"), model.groups().stream().map(PolicyEntry::name).toList());
        assertEquals(List.of("g1-1", "g1-2"), model.groups().get(0).targets());
    }

    @Test
    void runtimeFieldsOfInstancesThatKeepTheirOperatorAreCarriedOver() {
        InstanceModel first = model(null);
        Map<String, Object> previous = first.toTree();
        Map<String, Object> templates = Trees.map(Trees.map(previous.get("topology_template")).get("node_templates"));
        Map<String, Object> properties = Trees.map(Trees.map(templates.get("g1-1")).get("properties"));
        properties.put("ipv4_addr", "10.0.0.7");
        properties.put("status", new LinkedHashMap<>(Map.of("measurement", "ok")));
        InstanceModel next = model(previous);
        assertEquals("10.0.0.7", next.template("g1-1").properties().get("ipv4_addr"));
        assertEquals(Map.of("measurement", "ok"), next.template("g1-1").properties().get("status"));
        assertNull(next.template("g1-2").properties().get("ipv4_addr"));
    }

    @Test
    void theYamlReadsBackAsTheModelsTreeWithEpochAndSeedInTheMetadata() {
        InstanceModel model = model(null);
        String yaml = InstanceModelYaml.write(model);
        Object read = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        assertEquals(model.toTree(), read);
        assertTrue(yaml.contains("image: \"{{artifacts.img}}\""), yaml);
        assertTrue(yaml.startsWith("tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n"), yaml);
        Map<String, Object> metadata = Trees.map(model.toTree().get("metadata"));
        assertEquals("5", metadata.get("diac.epoch"));
        assertEquals("0".repeat(64), metadata.get("diac.seed"));
        assertEquals("worker", metadata.get("diac.instances_of"));
    }
}
