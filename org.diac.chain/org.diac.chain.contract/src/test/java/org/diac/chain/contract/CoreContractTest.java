package org.diac.chain.contract;

import static org.diac.chain.contract.ContractAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The core contract over a mocked stub: exact ledger writes, export equal to what was published, refusals. */
class CoreContractTest {

    static final String SHARDING = DocumentSplitterTest.read(DocumentSplitterTest.EXAMPLES.resolve("sharding-network.diac"));
    static final String TEE = DocumentSplitterTest.read(DocumentSplitterTest.EXAMPLES.resolve("tee-network.diac"));
    static final String NAME = "sharding-network";

    private final FakeLedger ledger = new FakeLedger();
    private final CoreContract core = new CoreContract();

    static String json(Object result) {
        return ContractApiJson.of(result); // what the Contract API returns
    }

    @Nested
    class Publish {

        @Test
        void writesEightModulesTheVersionTheLatestPointerAHistoryEntryAndTheEvent() {
            DocumentVersion v = core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "doc",
                    "metadata: { template_name: doc }\ntopology_template:\n  inputs: { x: { type: integer } }\n");
            String creator = "Org1MSP:CN=alice@myDapp,OU=client";
            List<String> expected = new ArrayList<>();
            for (Module m : Module.values()) {
                expected.add(FakeLedger.key("module", "doc", "0000000001", m.id()));
            }
            expected.add(FakeLedger.key("version", "doc", "0000000001"));
            expected.add(FakeLedger.key("latest", "doc"));
            expected.add(FakeLedger.key("history", "doc", "01795860001000000000", "tx1"));
            assertEquals(expected, List.copyOf(ledger.writes.keySet()));
            ModuleState coreState = Records.fromBytes(ledger.state.get(FakeLedger.key("module", "doc", "0000000001", "core")),
                    ModuleState.class, "k");
            assertEquals("metadata:\n  template_name: doc\ntopology_template:\n  inputs:\n    x:\n      type: integer\n",
                    coreState.getContent());
            ModuleState identity = Records.fromBytes(ledger.state.get(FakeLedger.key("module", "doc", "0000000001",
                    "identity")), ModuleState.class, "k");
            assertEquals("{}\n", identity.getContent());
            DocumentVersion stored = Records.fromBytes(ledger.state.get(FakeLedger.key("version", "doc", "0000000001")),
                    DocumentVersion.class, "k");
            assertEquals(json(v), json(stored));
            assertEquals(json(v), json(Records.fromBytes(ledger.state.get(FakeLedger.key("latest", "doc")),
                    DocumentVersion.class, "k")));
            assertEquals(1, v.getVersion());
            assertEquals("publish", v.getKind());
            assertEquals("tx1", v.getTxId());
            assertEquals("2026-11-28T10:00:01Z", v.getTimestamp());
            assertEquals(creator, v.getSubmitter());
            assertEquals(creator, v.getCreator());
            assertArrayEquals(Arrays.stream(Module.values()).map(Module::id).toArray(), v.getModules());
            assertEquals("metadata: core\ntopology_template:\n  inputs: core\n", v.getLayout());
            HistoryEntry h = Records.fromBytes(ledger.state.get(FakeLedger.key("history", "doc", "01795860001000000000", "tx1")),
                    HistoryEntry.class, "k");
            assertEquals(List.of("doc", 1L, "tx1", "2026-11-28T10:00:01Z", creator, "publish"),
                    List.of(h.getName(), h.getVersion(), h.getTxId(), h.getTimestamp(), h.getSubmitter(), h.getKind()));
            DocumentAdopted event = Records.fromBytes(ledger.events.get(Adoption.EVENT), DocumentAdopted.class, "event");
            assertEquals(List.of("doc", 1L, "publish", "tx1"),
                    List.of(event.getName(), event.getVersion(), event.getKind(), event.getTxId()));
        }

        @Test
        void publishVersionAndReadLatestKeepTheFirstChaincodesInterface() {
            DocumentVersion v1 = core.publishVersion(ledger.tx("Org1MSP", "admin"), "it-doc", "template_name: it\nversion: 1\n");
            assertTrue(json(v1).contains("\"version\":1"), json(v1));
            String latest = json(core.readLatest(ledger.tx("Org1MSP", "admin"), "it-doc"));
            assertTrue(latest.contains("\"version\":1") && latest.contains("template_name: it\\nversion: 1\\n"), latest);
            DocumentVersion v2 = core.publishVersion(ledger.tx("Org1MSP", "admin"), "it-doc", "template_name: it\nversion: 2\n");
            assertTrue(json(v2).contains("\"version\":2"), json(v2));
            assertTrue(json(core.readVersion(ledger.tx("Org1MSP", "admin"), "it-doc", 1)).contains("template_name: it\\nversion: 1\\n"));
            assertEquals(2, core.listVersions(ledger.tx("Org1MSP", "admin"), "it-doc").length);
            assertEquals(List.of("publish", "publish"), Arrays.stream(core.history(ledger.tx("Org1MSP", "admin"), "it-doc"))
                    .map(HistoryEntry::getKind).toList());
        }

        @Test
        void aDocumentWithoutPermissionsIsChangedByItsCreatorOnly() {
            core.publish(ledger.tx("Org1MSP", "admin"), "d", "a: 1\n");
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> core.publish(ledger.tx("Org2MSP", "admin"), "d", "a: 2\n"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publish(ledger.tx("Org1MSP", "admin"), "d", "a: 1\n"));
        }
    }

    @Nested
    class Export {

        @Test
        void bothExamplesComeBackAsPublishedInYamlAndJson() {
            for (String text : List.of(SHARDING, TEE)) {
                Map<Object, Object> doc = Documents.read(text);
                String name = String.valueOf(((Map<?, ?>) doc.get("metadata")).get("template_name"));
                core.publish(ledger.tx("Org1MSP", "alice@myDapp"), name, text);
                String yaml = core.export(ledger.tx("Org2MSP", "bob@myDapp"), name, 0, "yaml");
                assertEquals(Documents.toYaml(doc), yaml);
                assertEquals(doc, Documents.read(yaml));
                assertEquals(Documents.toJson(doc), core.export(ledger.tx("Org2MSP", "bob@myDapp"), name, 1, "json"));
                assertTrue(ledger.writes.isEmpty());
            }
        }

        @Test
        void resolveReplacesReferencesAndInputs() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
            Map<Object, Object> doc = Documents.read(core.resolve(ledger.tx("Org1MSP", "alice@myDapp"), NAME, 0, "yaml"));
            Map<?, ?> templates = (Map<?, ?>) ((Map<?, ?>) doc.get("topology_template")).get("node_templates");
            assertEquals("ipfs://bafybeinv7mv77wet6wjn7mzl3s4ligirykfdi6fh665akdzvu7tdlz6pe4",
                    ((Map<?, ?>) ((Map<?, ?>) templates.get("worker")).get("properties")).get("image"));
            assertEquals(4, ((Map<?, ?>) ((Map<?, ?>) templates.get("shards")).get("properties")).get("occurrence"));
            Map<?, ?> staking = (Map<?, ?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) doc.get("topology_template"))
                    .get("policies")).get(0)).get("staking");
            assertEquals(Map.of("stake_threshold", 100, "unit_stake", 100, "max_operators", 5000), staking.get("properties"));
        }

        @Test
        void unknownDocumentsVersionsAndFormatsGiveReasons() {
            assertRefused(ledger, ChainError.NOT_FOUND, () -> core.export(ledger.tx("Org1MSP", "a"), "missing", 0, "yaml"));
            core.publish(ledger.tx("Org1MSP", "a"), "doc", "a: 1\n");
            ChaincodeException e = assertRefused(ledger, ChainError.NOT_FOUND,
                    () -> core.readVersion(ledger.tx("Org1MSP", "a"), "doc", 5));
            assertEquals("NOT_FOUND: document 'doc' has no version 5 (latest is 1)", e.getMessage());
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.export(ledger.tx("Org1MSP", "a"), "doc", 0, "xml"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.export(ledger.tx("Org1MSP", "a"), "doc", -1, "yaml"));
        }

        @TestFactory
        Stream<DynamicTest> corpusFilesComeBackAsPublished() throws Exception {
            assumeTrue(Files.isDirectory(DocumentSplitterTest.CORPUS), "no corpus at " + DocumentSplitterTest.CORPUS);
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(DocumentSplitterTest.CORPUS)) {
                s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().forEach(files::add);
            }
            return files.stream().limit(40).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                String text = DocumentSplitterTest.read(f);
                Map<Object, Object> doc;
                try {
                    doc = Documents.read(text);
                } catch (ChaincodeException e) {
                    assumeTrue(false, e.getMessage());
                    return;
                }
                String name = "c" + Integer.toHexString(f.toString().hashCode());
                core.publish(ledger.tx("Org1MSP", "admin"), name, text);
                assertEquals(Documents.toYaml(doc), core.export(ledger.tx("Org1MSP", "admin"), name, 0, "yaml"));
                assertEquals(Documents.toJson(doc), core.export(ledger.tx("Org1MSP", "admin"), name, 0, "json"));
            }));
        }
    }

    @Nested
    class Checks {

        @Test
        void stakeBelowThreshold() {
            assertRefused(ledger, ChainError.STAKE_BELOW_THRESHOLD,
                    () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING.replace("stake: 300", "stake: 99")));
        }

        @Test
        void tooManyOperatorsCountsAgainstTheInputDefault() {
            assertRefused(ledger, ChainError.TOO_MANY_OPERATORS, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"),
                    NAME, SHARDING.replace("default: 5000", "default: 5")));
        }

        @Test
        void stakeShare() {
            ChaincodeException e = assertRefused(ledger, ChainError.STAKE_SHARE, () -> core.publish(
                    ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING.replace("stake: 480", "stake: 4800")));
            assertTrue(e.getMessage().contains("'alice'"), e.getMessage());
        }

        @Test
        void moreOperatorsOnAContinentThanTheLimit() {
            ChaincodeException e = assertRefused(ledger, ChainError.CONTINENT_LIMIT, () -> core.publish(
                    ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING.replace("continent: south_america",
                            "continent: europe")));
            assertTrue(e.getMessage().contains("3 operators are on continent 'europe'"), e.getMessage());
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING); // two per continent: accepted
        }

        @Test
        void aLargerCloudShareThanTheLimit() {
            String moreCloud = SHARDING.replaceFirst("continent: asia\n        cloud: false",
                    "continent: asia\n        cloud: true");
            ChaincodeException e = assertRefused(ledger, ChainError.CLOUD_SHARE,
                    () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, moreCloud));
            assertTrue(e.getMessage().contains("3 of 6 operators run in a cloud"), e.getMessage());
        }

        @Test
        void slotsExceeded() {
            assertRefused(ledger, ChainError.SLOTS_EXCEEDED, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("default_instances: 20", "default_instances: 21")));
        }

        @Test
        void blacklistedOperatorNodeAndSubmitter() {
            assertRefused(ledger, ChainError.BLACKLISTED, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("operators: [ mallory ]", "operators: [ mallory, frank ]")));
            assertRefused(ledger, ChainError.BLACKLISTED, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("nodes: [ \"f3b1c2de-6a0d-4c1e-9e57-2b8d0c4a7e11\" ]", "nodes: [ validator ]")));
            assertRefused(ledger, ChainError.BLACKLISTED, () -> core.publish(ledger.tx("Org1MSP", "mallory"), NAME, SHARDING));
            String fp = Submitter.fingerprint("cert of eve".getBytes(StandardCharsets.UTF_8));
            assertRefused(ledger, ChainError.BLACKLISTED, () -> core.publish(ledger.tx("Org1MSP", "eve"), NAME,
                    SHARDING.replace("AA:4B:FF:4E:7C:09:7D:FB:19:A3:EE:1A:67:B5:A1:37:82:E6:8C:CC:B0:D1:D0:3A:5E:B3:05:1E:D4:02:CF:A3",
                            fp.toLowerCase())));
        }
    }

    @Nested
    class Permissions {

        private final ArtifactsContract artifacts = new ArtifactsContract();

        @Test
        void governanceModulesChangeOnlyThroughAProposal() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
            ChaincodeException e = assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> core.publish(
                    ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING.replace("default: 5000", "default: 4000")));
            assertTrue(e.getMessage().contains("module core changes only through governance"), e.getMessage());
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"),
                    NAME, SHARDING.replace("operators: [ mallory ]", "operators: [ mallory, oscar ]")));
        }

        @Test
        void adminsChangeTheirModuleOthersDoNot() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
            String v2 = SHARDING.replace("format: qcow2", "format: raw");
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> artifacts.update(ledger.tx("Org1MSP", "carol@myDapp"), NAME, v2));
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> artifacts.update(ledger.tx("Org1MSP", "bob@myDapp"), NAME, v2));
            DocumentVersion v = artifacts.update(ledger.tx("Org2MSP", "bob@myDapp"), NAME, v2);
            assertEquals(2, v.getVersion());
            assertArrayEquals(new String[] {"artifacts"}, v.getModules());
            assertEquals(10 + 1, ledger.writes.size());
            assertEquals(Documents.toYaml(Documents.read(v2)), core.export(ledger.tx("Org1MSP", "x"), NAME, 2, "yaml"));
            assertEquals(Documents.toYaml(Documents.read(SHARDING)), core.export(ledger.tx("Org1MSP", "x"), NAME, 1, "yaml"));
        }

        @Test
        void aModuleContractChangesItsOwnModuleOnly() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> artifacts.update(ledger.tx("Org1MSP", "alice@myDapp"),
                    NAME, SHARDING.replace("format: qcow2", "format: raw").replace("interval: 50", "interval: 60")));
        }

        @Test
        void theCreatorChangesCreatorModules() {
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
            String v2 = SHARDING.replace("    validator:\n", """
                        shard1-1:
                          type: diac.nodes.Worker
                          properties: { group: 1 }
                          requirements: [ operated_by: alice ]
                        validator:
                    """.indent(0).replace("    shard1-1", "    shard1-1"));
            assertRefused(ledger, ChainError.PERMISSION_DENIED, () -> new TemplatesContract().update(ledger.tx("Org2MSP",
                    "bob@myDapp"), NAME, v2));
            assertArrayEquals(new String[] {"templates"},
                    new TemplatesContract().update(ledger.tx("Org1MSP", "alice@myDapp"), NAME, v2).getModules());
        }
    }

    @Nested
    class HostileInput {

        @Test
        void malformedYamlGetsAReasonWithItsPosition() {
            ChaincodeException e = assertRefused(ledger, ChainError.MALFORMED_DOCUMENT,
                    () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: [1, 2\nb: 3\n"));
            assertTrue(e.getMessage().contains("line "), e.getMessage());
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "- 1\n- 2\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: 1\na: 2\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: 1\n---\nb: 2\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: \"\\x\"\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: !!binary 5\n"));
        }

        @Test
        void emptyHugeAndBadNames() {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", ""));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", null));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "a b", "a: 1"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "x".repeat(200), "a: 1"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: \"" + "x".repeat(2 << 20) + "\"\n"));
        }

        @Test
        void aliasBombsRecursionAndDeepNesting() {
            StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
            for (int i = 1; i < 9; i++) {
                bomb.append("a").append(i).append(": &a").append(i).append(" [");
                bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
            }
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", bomb.toString()));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: &x [ *x ]\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT,
                    () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT,
                    () -> core.publish(ledger.tx("Org1MSP", "a"), "d", "a: " + "[".repeat(100) + "]".repeat(100) + "\n"));
        }

        @Test
        void hugeAndOddValuesInPolicies() {
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("stake: 480", "stake: 1e999")));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("stake: 480", "stake: [1]")));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("max_stake_share: 0.25", "max_stake_share: lots")));
            assertRefused(ledger, ChainError.STAKE_SHARE, () -> core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME,
                    SHARDING.replace("stake: 480", "stake: 99999999999999999999999999999999")));
            core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "odd", "a: { get_input: [ ~ ] }\nb: \"{{core.}}\"\nc: .nan\n");
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> core.export(ledger.tx("Org1MSP", "a"), "odd", 0, "json"));
            assertEquals("a:\n  get_input:\n  - null\nb: '{{core.}}'\nc: .nan\n", core.resolve(ledger.tx("Org1MSP", "a"), "odd", 0, "yaml"));
        }
    }
}
