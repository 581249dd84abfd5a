package org.diac.chain.contract;

import static org.diac.chain.contract.ContractAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Join, leave and blacklist over a mocked stub: exact ledger writes; refusals write nothing. */
@SuppressWarnings("unchecked")
class IdentityContractTest {

    static final String NET = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            metadata: { template_name: net }
            topology_template:
              node_templates:
                alice:
                  type: diac.nodes.Operator
                  properties:
                    identity: { type: "X.509", msp_id: Org1MSP, subject: alice@myDapp }
                    stake: 300
                host:
                  type: tosca.nodes.Compute
              policies:
                - staking:
                    type: diac.policies.Staking
                    targets: [ alice ]
                    properties: { stake_threshold: 100, max_operators: 2 }
            """;

    private final FakeLedger ledger = new FakeLedger();
    private final CoreContract core = new CoreContract();
    private final IdentityContract identity = new IdentityContract();
    private final SecurityContract security = new SecurityContract();

    @BeforeEach
    void publish() {
        core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "net", NET);
    }

    private Map<Object, Object> latest() {
        return DocumentService.latest(ledger.tx("Org1MSP", "reader", 0), "net");
    }

    private Map<?, ?> templates() {
        return (Map<?, ?>) ((Map<?, ?>) latest().get("topology_template")).get("node_templates");
    }

    /** The keys a new version writes, in order, for the last transaction. */
    private List<String> writesOfVersion(long version) {
        String txId = ledger.txId();
        String nanos = String.format("%020d", ledger.now().getEpochSecond() * 1_000_000_000L + ledger.now().getNano());
        List<String> expected = new ArrayList<>();
        String v = String.format("%010d", version);
        for (Module m : Module.values()) {
            expected.add(FakeLedger.key("module", "net", v, m.id()));
        }
        expected.add(FakeLedger.key("version", "net", v));
        expected.add(FakeLedger.key("latest", "net"));
        expected.add(FakeLedger.key("history", "net", nanos, txId));
        return expected;
    }

    private static String fingerprintOf(String cn) {
        return Submitter.fingerprint(("cert of " + cn).getBytes(StandardCharsets.UTF_8)); // FakeLedger's certificates
    }

    @Nested
    class Join {

        @Test
        void addsAnOperatorBoundToTheSubmittersIdentityInTheIdentityModuleOnly() {
            DocumentVersion v = identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob",
                    "{ stake: 200, continent: europe }");
            assertEquals(writesOfVersion(2), List.copyOf(ledger.writes.keySet()));
            assertEquals(2, v.getVersion());
            assertEquals("publish", v.getKind());
            assertEquals("Org2MSP:CN=bob@myDapp,OU=client", v.getSubmitter());
            assertEquals("Org1MSP:CN=alice@myDapp,OU=client", v.getCreator());
            assertArrayEquals(new String[] {"identity"}, v.getModules());
            ModuleState module = Records.fromBytes(ledger.state.get(FakeLedger.key("module", "net", "0000000002",
                    "identity")), ModuleState.class, "k");
            assertEquals("""
                    topology_template:
                      node_templates:
                        alice:
                          type: diac.nodes.Operator
                          properties:
                            identity:
                              type: X.509
                              msp_id: Org1MSP
                              subject: alice@myDapp
                            stake: 300
                        bob:
                          type: diac.nodes.Operator
                          properties:
                            stake: 200
                            continent: europe
                            identity:
                              type: X.509
                              msp_id: Org2MSP
                              subject: bob@myDapp
                    """, module.getContent());
            assertTrue(ledger.events.containsKey(Adoption.EVENT));
            assertEquals(List.of("alice", "bob", "host"), List.copyOf(templates().keySet().stream().map(String::valueOf)
                    .toList()));
        }

        @Test
        void ignoresTheIdentityModulesPermissionsRuleButNotThePolicies() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), CoreContractTest.NAME, CoreContractTest.SHARDING);
            DocumentVersion v = identity.join(ledger.tx("Org1MSP", "grace@myDapp"), CoreContractTest.NAME, "grace",
                    "stake: 100");
            assertArrayEquals(new String[] {"identity"}, v.getModules());
            assertRefused(ledger, ChainError.STAKE_SHARE, () -> identity.join(ledger.tx("Org2MSP", "heidi@myDapp"),
                    CoreContractTest.NAME, "heidi", "stake: 4000"));
        }

        @Test
        void refusesAStakeBelowTheThreshold() {
            assertRefused(ledger, ChainError.STAKE_BELOW_THRESHOLD,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 99"));
        }

        @Test
        void refusesMoreOperatorsThanMaxOperators() {
            identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 200");
            assertRefused(ledger, ChainError.TOO_MANY_OPERATORS,
                    () -> identity.join(ledger.tx("Org1MSP", "carol@myDapp"), "net", "carol", "stake: 200"));
        }

        @Test
        void refusesASecondJoinAnIdentityNotTheSubmittersAndBadRequests() {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> identity.join(ledger.tx("Org1MSP", "alice@myDapp"), "net", "alice2", "stake: 200"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "host", "stake: 200"));
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"),
                    "net", "bob", "{ stake: 200, identity: { msp_id: Org1MSP } }"));
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"),
                    "net", "bob", "{ stake: 200, identity: { subject: alice@myDapp } }"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "continent: europe"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "[ 1, 2 ]"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bad/name", "stake: 200"));
            assertRefused(ledger, ChainError.NOT_FOUND,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "nope", "bob", "stake: 200"));
        }

        @Test
        void refusesABlacklistedOperatorName() {
            security.blacklist(ledger.tx("Org1MSP", "alice@myDapp"), "net", fingerprintOf("bob@myDapp"));
            assertRefused(ledger, ChainError.BLACKLISTED,
                    () -> identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 200"));
        }
    }

    @Nested
    class Leave {

        @Test
        void removesTheTemplateAndItsNameFromPolicyTargets() {
            identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 200");
            Map<Object, Object> before = latest();
            List<?> policies = (List<?>) ((Map<?, ?>) before.get("topology_template")).get("policies");
            ((List<Object>) ((Map<Object, Object>) ((Map<?, ?>) policies.get(0)).get("staking")).get("targets")).add("bob");
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "net", Documents.toYaml(before));

            DocumentVersion v = identity.leave(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob");
            assertEquals(writesOfVersion(4), List.copyOf(ledger.writes.keySet()));
            assertArrayEquals(new String[] {"core", "identity"}, v.getModules());
            assertEquals(Documents.toYaml(Documents.read(NET)), Documents.toYaml(latest()));
        }

        @Test
        void onlyTheOperatorItselfLeaves() {
            identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 200");
            assertRefused(ledger, ChainError.PERMISSION_DENIED,
                    () -> identity.leave(ledger.tx("Org1MSP", "alice@myDapp"), "net", "bob"));
            assertRefused(ledger, ChainError.NOT_FOUND, () -> identity.leave(ledger.tx("Org1MSP", "alice@myDapp"), "net",
                    "host"));
        }

        @Test
        void refusesWhileARequirementNamesTheOperator() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "net", NET.replace("type: tosca.nodes.Compute",
                    "type: tosca.nodes.Compute\n      requirements:\n        - operated_by: alice"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> identity.leave(ledger.tx("Org1MSP", "alice@myDapp"), "net", "alice"));
        }

        @Test
        void refusesWhenTheRemainingStakesBreakAPolicy() {
            identity.join(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob", "stake: 200");
            Map<Object, Object> doc = latest();
            ((Map<Object, Object>) new Policies(doc).properties(TypeNames.STAKING)).put("unit_stake", 100);
            Map<Object, Object> host = (Map<Object, Object>) ((Map<?, ?>) ((Map<?, ?>) doc.get("topology_template"))
                    .get("node_templates")).get("host");
            host.put("type", "diac.nodes.Worker");
            host.put("capabilities", Map.of("scalable", Map.of("properties", Map.of("default_instances", 5))));
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "net", Documents.toYaml(doc));
            assertRefused(ledger, ChainError.SLOTS_EXCEEDED,
                    () -> identity.leave(ledger.tx("Org2MSP", "bob@myDapp"), "net", "bob"));
        }
    }

    @Nested
    class Blacklist {

        @Test
        void addsTheFingerprintToANewBlacklistInTheSecurityModuleOnly() {
            String fp = fingerprintOf("bob@myDapp");
            DocumentVersion v = security.blacklist(ledger.tx("Org1MSP", "alice@myDapp"), "net",
                    fp.replace(":", "").toLowerCase(java.util.Locale.ROOT));
            assertEquals(writesOfVersion(2), List.copyOf(ledger.writes.keySet()));
            assertArrayEquals(new String[] {"security"}, v.getModules());
            ModuleState module = Records.fromBytes(ledger.state.get(FakeLedger.key("module", "net", "0000000002",
                    "security")), ModuleState.class, "k");
            assertEquals("topology_template:\n  policies:\n  - blacklist:\n      type: diac.policies.Blacklist\n"
                    + "      properties:\n        credentials:\n        - " + fp + "\n", module.getContent());
            // the certificate submits nothing afterwards
            assertRefused(ledger, ChainError.BLACKLISTED,
                    () -> core.publish(ledger.tx("Org2MSP", "bob@myDapp"), "net", NET + "# bob\n"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> security.blacklist(ledger.tx("Org1MSP", "alice@myDapp"), "net", fp));
        }

        @Test
        void appendsToAnExistingBlacklist() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), CoreContractTest.NAME, CoreContractTest.SHARDING
                    .replace("security: { update_by: multisig, admins: [ alice, bob, carol, frank ] }",
                            "security: { update_by: admin, admins: [ alice ] }"));
            String fp = fingerprintOf("mallory");
            DocumentVersion v = security.blacklist(ledger.tx("Org1MSP", "alice@myDapp"), CoreContractTest.NAME, fp);
            assertArrayEquals(new String[] {"security"}, v.getModules());
            String content = Records.fromBytes(ledger.state.get(FakeLedger.key("module", CoreContractTest.NAME,
                    "0000000002", "security")), ModuleState.class, "k").getContent();
            assertTrue(content.contains("- AA:4B:FF:4E:7C:09:7D:FB:19:A3:EE:1A:67:B5:A1:37:82:E6:8C:CC:B0:D1:D0:3A:5E:B3:05:1E:D4:02:CF:A3\n"
                    + "        - " + fp + "\n"), content);
        }

        @Test
        void followsThePermissionsRuleOfTheSecurityModule() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), CoreContractTest.NAME, CoreContractTest.SHARDING);
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> security.blacklist(ledger.tx("Org1MSP",
                    "alice@myDapp"), CoreContractTest.NAME, fingerprintOf("mallory")));
            assertRefused(ledger, ChainError.PERMISSION_DENIED,
                    () -> security.blacklist(ledger.tx("Org2MSP", "bob@myDapp"), "net", fingerprintOf("mallory")));
        }

        @Test
        void refusesMalformedFingerprints() {
            for (String bad : List.of("", "AA:4B", "zz".repeat(32), "AA".repeat(33))) {
                assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                        () -> security.blacklist(ledger.tx("Org1MSP", "alice@myDapp"), "net", bad));
            }
            assertFalse(latest().toString().contains("Blacklist"));
        }
    }
}
