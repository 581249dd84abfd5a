package org.diac.mapper.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class TreeAllocationInputTest {

    /** The sharding example's mapper-relevant part, with its inputs resolved. */
    static final String SHARDING = """
            node_types:
              my.Operator: { derived_from: diac.nodes.Operator }
            topology_template:
              node_templates:
                alice: { type: diac.nodes.Operator, properties: { stake: 480, continent: europe, cloud: true } }
                bob: { type: diac.nodes.Operator, properties: { stake: 410, continent: europe, cloud: false } }
                carol: { type: my.Operator, properties: { stake: 350, continent: asia, cloud: false } }
                dave: { type: diac.nodes.Operator, properties: { stake: 300, continent: asia, cloud: false } }
                erin: { type: diac.nodes.Operator, properties: { stake: 330, continent: north_america, cloud: true } }
                frank: { type: diac.nodes.Operator, properties: { stake: 390, continent: south_america, cloud: false } }
                shards:
                  type: diac.nodes.NodeGroup
                  properties: { name_pattern: "shard{index}", occurrence: 4, members_per_group: 5 }
                worker:
                  type: diac.nodes.Worker
                  capabilities: { scalable: { properties: { default_instances: 20 } } }
              policies:
                - staking: { type: diac.policies.Staking, properties: { unit_stake: 100 } }
                - decentralization:
                    type: diac.policies.Decentralization
                    properties: { max_stake_share: 0.25, max_per_continent: 2, max_cloud_share: 0.4, anti_affinity: true }
                - blacklist: { type: diac.policies.Blacklist, properties: { operators: [ mallory ] } }
            """;

    static Map<?, ?> tree(String yaml) {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @Test
    void aResolvedTreeGivesTheRequestTheLanguageGives() {
        byte[] seed = Fixtures.seed(3);
        TreeAllocationInput input = TreeAllocationInput.of(tree(SHARDING), null, seed, 4);
        assertTrue(input.ok(), input.problems().toString());
        assertEquals(Mapper.allocate(Fixtures.sharding(seed, 4)), Mapper.allocate(input.request()));
        assertEquals(new DecentralizationPolicy(new BigDecimal("0.25"), 2, new BigDecimal("0.4"), true), input.policy());
        assertTrue(DecentralizationCheck.check(input.request(), Mapper.allocate(input.request()), input.policy()).isEmpty());
    }

    @Test
    void blacklistedOperatorsGetNoSlot() {
        String yaml = SHARDING.replace("operators: [ mallory ]", "operators: [ alice ]");
        TreeAllocationInput input = TreeAllocationInput.of(tree(yaml), null, Fixtures.seed(1), 1);
        assertFalse(Mapper.allocate(input.request()).workersPerOperator().containsKey("alice"));
    }

    @Test
    void missingPartsAreNamedProblems() {
        TreeAllocationInput input = TreeAllocationInput.of(tree("topology_template: { node_templates: {} }"), null,
                Fixtures.seed(1), 1);
        assertFalse(input.ok());
        assertEquals(3, input.problems().size(), input.problems().toString());
        TreeAllocationInput unresolved = TreeAllocationInput.of(tree(SHARDING.replace("occurrence: 4",
                "occurrence: { get_input: shard_count }")), null, Fixtures.seed(1), 1);
        assertEquals(1, unresolved.problems().size(), unresolved.problems().toString());
    }
}
