package org.diac.mapper.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class TreePlanTopologyTest {

    static final String TREE = """
            node_types:
              my.Base:
                derived_from: tosca.nodes.SoftwareComponent
                interfaces:
                  Standard: { create: base/create.sh, start: base/start.sh }
                requirements:
                  - database: { capability: tosca.capabilities.Endpoint, relationship: my.Connects }
              my.App:
                derived_from: my.Base
                interfaces:
                  Standard:
                    create: { implementation: app/create.sh, inputs: { port: 80 } }
            relationship_types:
              my.Connects:
                derived_from: tosca.relationships.ConnectsTo
                interfaces:
                  Configure: { pre_configure_source: rel/pre.sh }
            topology_template:
              inputs:
                size: { type: integer, default: 3 }
              node_templates:
                alice: { type: diac.nodes.Operator }
                db: { type: tosca.nodes.Database, requirements: [ { operated_by: alice } ] }
                app:
                  type: my.App
                  interfaces: { Standard: { start: app/start.sh } }
                  requirements:
                    - operated_by: alice
                    - database: db
                    - host: { node: vm, relationship: { type: tosca.relationships.HostedOn } }
            """;

    @SuppressWarnings("unchecked")
    static PlanTopology read() {
        return TreePlanTopology.read((Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(TREE));
    }

    @Test
    void typeChainsAndInterfacesLayerAncestorsThenTypeThenTemplate() {
        PlanNode app = read().node("app");
        assertEquals(List.of("my.App", "my.Base", "tosca.nodes.SoftwareComponent"), app.types());
        assertEquals("app/create.sh", app.operation("Standard", "create").implementation());
        assertEquals(80, app.operation("Standard", "create").inputs().get("port"));
        assertEquals("app/start.sh", app.operation("Standard", "start").implementation());
        assertNull(app.operation("Standard", "configure").implementation());
        assertEquals("alice", app.executor());
        assertEquals(Map.of("size", 3), read().inputs());
    }

    @Test
    void requirementsTakeTheirRelationshipFromTheLongFormOrTheTypesDefinition() {
        PlanNode app = read().node("app");
        PlanRelationship database = app.requirements().get(1);
        assertEquals("db", database.target());
        assertEquals(List.of("my.Connects", "tosca.relationships.ConnectsTo"), database.types());
        assertEquals("rel/pre.sh", database.interfaces().get("Configure").get("pre_configure_source").implementation());
        assertEquals(List.of("tosca.relationships.HostedOn"), app.requirements().get(2).types());
        assertEquals(List.of(), app.requirements().get(0).types());
    }

    @Test
    void theOperatorsShareComesOutOfATree() {
        Plan share = OperatorShare.of(PlanGenerator.deploy(read()), read(), "alice");
        assertEquals("alice", share.operator());
        assertEquals(List.of("alice", "db", "app"), share.steps().stream().map(Step::instance).distinct().toList());
    }
}
