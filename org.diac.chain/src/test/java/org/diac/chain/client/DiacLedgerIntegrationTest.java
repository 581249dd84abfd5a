package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diac.chain.network.ConnectionProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The client against the real network (tag {@code fabric}: {@code -Pfabric-it}): publish → export round trips of
 * the examples and of valid corpus files, refusals with the chaincode's reason, the governance flow (vote with
 * voting period and time-lock, multisig), concurrent publishes of one document, and a network that is not there.
 */
@Tag("fabric")
class DiacLedgerIntegrationTest {

    private static LedgerNetworkFixture fixture;
    private static DiacLedger org1;

    @BeforeAll
    static void up() throws Exception {
        fixture = new LedgerNetworkFixture();
        org1 = fixture.ledger(null);
    }

    @AfterAll
    static void down() {
        if (org1 != null) {
            org1.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    static Object tree(String yamlOrJson) {
        return new Load(LoadSettings.builder().build()).loadFromString(yamlOrJson);
    }

    /** Equal trees in the same key order (LinkedHashMap's toString lists the keys in order). */
    static void assertSameTree(String expected, String actual, String what) {
        Object e = tree(expected);
        Object a = tree(actual);
        assertEquals(e, a, what);
        assertEquals(String.valueOf(e), String.valueOf(a), what + " (key order)");
    }

    static String templateName(String text) {
        Object t = tree(text);
        Object metadata = t instanceof Map<?, ?> m ? m.get("metadata") : null;
        Object name = metadata instanceof Map<?, ?> m ? m.get("template_name") : null;
        return name == null ? null : name.toString();
    }

    @Test
    void examplesComeBackAsPublished() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(fixture.repo.resolve("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".diac")).sorted().toList();
        }
        assertEquals(2, examples.size(), examples.toString());
        for (Path file : examples) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = templateName(text);
            long t0 = System.nanoTime();
            Submitted<VersionRecord> v = org1.publish(name, text);
            long t1 = System.nanoTime();
            String yaml = org1.export(name, 0, DiacLedger.Format.YAML, false);
            long t2 = System.nanoTime();
            String json = org1.export(name, 1, DiacLedger.Format.JSON, false);
            LedgerNetworkFixture.log(String.format("%s (%d bytes): publish %d ms (block %d), export %d ms", name,
                    text.length(), (t1 - t0) / 1_000_000, v.block(), (t2 - t1) / 1_000_000));
            assertEquals(name, v.value().name());
            assertEquals(1, v.value().version());
            assertEquals(v.txId(), v.value().txId());
            assertTrue(v.block() > 0);
            assertSameTree(text, yaml, name + " as YAML");
            assertSameTree(text, json, name + " as JSON");
            String resolved = org1.export(name, 1, DiacLedger.Format.YAML, true);
            assertTrue(!resolved.contains("get_input"), "resolve substitutes get_input: " + name);
        }
        List<HistoryEntry> h = org1.history("sharding-network");
        assertEquals(1, h.size());
        assertEquals("publish", h.get(0).kind());
        assertTrue(h.get(0).submitter().startsWith("Org1MSP:"), h.get(0).submitter());
    }

    @Test
    void validCorpusFilesComeBackAsPublished() throws Exception {
        Path corpus = fixture.repo.resolveSibling("shared").resolve("corpus");
        Path manifest = corpus.resolve("MANIFEST.tsv");
        assumeTrue(Files.isRegularFile(manifest), "no corpus at " + corpus);
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length >= 9 && c[0].startsWith("valid/") && c[5].equals("valid") && c[7].contains("role=root")
                    && !c[8].equals("yes") && Files.isRegularFile(corpus.resolve(c[0]))) {
                files.add(corpus.resolve(c[0]));
            }
        }
        List<Path> chosen = files.stream().limit(Integer.getInteger("diac.it.corpusFiles", 24)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> passed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Path file = chosen.get(i);
                String name = "corpus-" + i;
                results.add(pool.submit(() -> {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    try {
                        org1.publish(name, text);
                    } catch (ChainException e) {
                        // a few files are not one YAML mapping: the chaincode says so (never a stack trace)
                        assertEquals(ChainException.Reason.REFUSED, e.reason(), e.getMessage());
                        return "refused " + corpus.relativize(file) + ": " + e.getMessage();
                    }
                    assertSameTree(text, org1.export(name, 0, DiacLedger.Format.YAML, false), file.toString());
                    return null;
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String r = results.get(i).get();
                (r == null ? passed : refused).add(r == null ? chosen.get(i).toString() : r);
            }
        } finally {
            pool.shutdownNow();
        }
        LedgerNetworkFixture.log(passed.size() + " corpus files published and exported equal in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms (4 at a time); refused: " + refused);
        assertTrue(passed.size() >= 20, "at least 20 corpus round trips, got " + passed.size() + "; " + refused);
    }

    @Test
    void unauthorizedUpdateIsRefusedWithTheChaincodesReason() {
        org1.publish("it-owned", "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: one\n");
        try (DiacLedger org2 = fixture.ledger("User1@org2")) {
            ChainException e = assertThrows(ChainException.class, () -> org2.publish("it-owned",
                    "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: two\n"));
            assertEquals(ChainException.Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
            assertEquals("PERMISSION_DENIED", e.code());
            assertTrue(e.getMessage().contains("PERMISSION_DENIED: "), e.getMessage());
        }
        assertEquals(1, org1.versions("it-owned").size(), "a refusal writes nothing");
    }

    @Test
    void publishedImportsComeBackWithTheirDocument() {
        String doc = "tosca_definitions_version: tosca_simple_yaml_1_3\nimports:\n  - types/app.yaml\n";
        String types = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  my.App:\n"
                + "    derived_from: tosca.nodes.Root\n";
        org1.publish("it-imports", doc, List.of(new ImportedFile("types/app.yaml", types)));
        assertEquals(List.of(new ImportedFile("types/app.yaml", types)), org1.imports("it-imports", 0));
        org1.publish("it-imports", doc + "description: two\n");
        assertEquals(List.of(new ImportedFile("types/app.yaml", types)), org1.imports("it-imports", 2),
                "a publish without files carries the version's files over");
        ChainException e = assertThrows(ChainException.class, () -> org1.publish("it-imports", doc,
                List.of(new ImportedFile("../outside.yaml", types))));
        assertEquals(ChainException.Reason.REFUSED, e.reason(), e.getMessage());
        assertEquals(2, org1.versions("it-imports").size(), "a refusal writes nothing");
    }

    /**
     * erin, an operator identity issued from org2's CA, joins under the Staking policy's checks, leaves, and, once
     * its certificate is blacklisted, can no longer join.
     */
    @Test
    void operatorsJoinAndLeaveAndABlacklistedCertificateIsShutOut() throws Exception {
        org.diac.chain.network.IssuedIdentity erinId = fixture.network.issueIdentities(
                org.diac.chain.network.OperatorIdentity.parseList("erin:org2:erin@myDapp")).get(0);
        String doc = """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    alice:
                      type: diac.nodes.Operator
                      properties:
                        identity: { type: "X.509", msp_id: Org1MSP, subject: User1@org1.diac.local }
                        stake: 300
                  policies:
                    - staking:
                        type: diac.policies.Staking
                        targets: [ alice ]
                        properties: { stake_threshold: 100, max_operators: 3 }
                """;
        org1.publish("it-members", doc);
        try (DiacLedger erin = fixture.ledger("erin")) {
            ChainException low = assertThrows(ChainException.class, () -> erin.join("it-members", "erin", "stake: 50"));
            assertTrue(low.getMessage().contains("stake"), low.getMessage());
            Submitted<VersionRecord> joined = erin.join("it-members", "erin", "stake: 200\ncontinent: EU\n");
            assertEquals(2, joined.value().version());
            assertTrue(erin.export("it-members", 0, DiacLedger.Format.YAML, false).contains("erin@myDapp"));
            assertEquals(3, erin.leave("it-members", "erin").value().version());
            assertTrue(!erin.export("it-members", 0, DiacLedger.Format.YAML, false).contains("erin:"));

            String fingerprint = java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(((java.security.cert.X509Certificate)
                            java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(
                                    Files.newInputStream(erinId.certificate()))).getEncoded()));
            assertEquals(4, org1.blacklist("it-members", fingerprint).value().version());
            ChainException shut = assertThrows(ChainException.class, () -> erin.join("it-members", "erin",
                    "stake: 200\n"));
            assertEquals(ChainException.Reason.PERMISSION_DENIED, shut.reason(), shut.getMessage());
            assertEquals(4, org1.versions("it-members").size(), "refusals write nothing");
        }
    }

    @Test
    void unknownDocumentAndProposal() {
        ChainException e = assertThrows(ChainException.class, () -> org1.export("no-such-doc", 0,
                DiacLedger.Format.YAML, false));
        assertEquals(ChainException.Reason.NOT_FOUND, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-doc"), e.getMessage());
        e = assertThrows(ChainException.class, () -> org1.vote("no-such-proposal", true));
        assertEquals(ChainException.Reason.NOT_FOUND, e.reason(), e.getMessage());
    }

    @Test
    void concurrentPublishesOfOneDocumentAreRetriedNeverHalfApplied() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Submitted<VersionRecord>>> fs = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String text = "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: concurrent " + i + "\n";
                fs.add(pool.submit(() -> org1.publish("it-concurrent", text)));
            }
            List<Long> versions = new ArrayList<>();
            for (Future<Submitted<VersionRecord>> f : fs) {
                versions.add(f.get().value().version());
            }
            assertEquals(List.of(1L, 2L, 3L), versions.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, org1.versions("it-concurrent").size());
    }

    /**
     * The sharding example with profile identities as operators (alice = User1@org1, bob = User1@org2,
     * carol = Admin@org1, dave = Admin@org2), 1 s blocks, a voting period of 6 blocks and a time-lock of 2.
     */
    static String governedDocument(Path repo) throws Exception {
        return Files.readString(repo.resolve("examples/sharding-network.diac"), StandardCharsets.UTF_8)
                .replace("subject: alice@myDapp", "subject: User1@org1.diac.local")
                .replace("subject: bob@myDapp", "subject: User1@org2.diac.local")
                .replace("subject: carol@myDapp", "subject: Admin@org1.diac.local")
                .replace("subject: dave@myDapp", "subject: Admin@org2.diac.local")
                .replace("default: 5 s", "default: 1 s")
                .replace("voting_period: 720", "voting_period: 6")
                .replace("timelock: 120", "timelock: 2");
    }

    @Test
    void governanceVoteTimeLockAndMultisig() throws Exception {
        String name = "it-governed";
        String v1 = governedDocument(fixture.repo);
        org1.publish(name, v1);
        String coreChange = v1.replace("default: 5000", "default: 4000");
        try (DiacLedger bob = fixture.ledger("User1@org2"); DiacLedger carol = fixture.ledger("Admin@org1")) {
            ChainException direct = assertThrows(ChainException.class, () -> org1.publish(name, coreChange));
            assertEquals(ChainException.Reason.PERMISSION_DENIED, direct.reason(), direct.getMessage());

            ProposalRecord p = bob.propose(name, coreChange).value();
            assertEquals(List.of("core"), p.modules());
            assertEquals(List.of("governance"), p.requires());
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Submitted<VoteRecord>>> votes = List.of(pool.submit(() -> org1.vote(p.id(), true)),
                        pool.submit(() -> bob.vote(p.id(), true)), pool.submit(() -> carol.vote(p.id(), false)));
                for (Future<Submitted<VoteRecord>> f : votes) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            ChainException twice = assertThrows(ChainException.class, () -> org1.vote(p.id(), false));
            assertEquals("DOUBLE_VOTE", twice.code(), twice.getMessage());
            ChainException early = assertThrows(ChainException.class, () -> carol.adopt(p.id()));
            assertEquals("PREMATURE_ADOPTION", early.code(), early.getMessage());

            sleepUntil(Instant.parse(p.adoptableAt()).plusMillis(300));
            Submitted<ProposalRecord> adopted = carol.adopt(p.id());
            assertEquals("adopted", adopted.value().status());
            assertSameTree(coreChange, org1.export(name, 0, DiacLedger.Format.YAML, false), "adopted version");
            assertSameTree(v1, org1.export(name, 1, DiacLedger.Format.YAML, false), "version 1 stays readable");
            assertEquals("adopt", org1.versions(name).get(1).kind());

            // the security module changes by 3 approvals of alice, bob, carol, frank: no vote, no time-lock
            String securityChange = coreChange.replace("operators: [ mallory ]", "operators: [ mallory, oscar ]");
            ProposalRecord s = org1.propose(name, securityChange).value();
            assertEquals(List.of("multisig"), s.requires());
            org1.approve(s.id());
            bob.approve(s.id());
            ChainException notYet = assertThrows(ChainException.class, () -> bob.adopt(s.id()));
            assertEquals("PREMATURE_ADOPTION", notYet.code(), notYet.getMessage());
            carol.approve(s.id());
            assertEquals("adopted", bob.adopt(s.id()).value().status());
            assertSameTree(securityChange, org1.export(name, 0, DiacLedger.Format.YAML, false), "multisig adoption");
        }
        List<String> kinds = org1.history(name).stream().map(HistoryEntry::kind).collect(Collectors.toList());
        assertEquals(List.of("publish", "propose", "vote", "vote", "vote", "adopt", "propose", "approve", "approve",
                "approve", "adopt"), kinds);
        assertEquals(2, org1.proposals(name).size());
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    @Test
    void anUnreachableGatewayNamesTheEndpointAndTheFix() {
        ConnectionProfile p = fixture.profile();
        List<ConnectionProfile.Endpoint> peers = p.peers().stream()
                .map(e -> new ConnectionProfile.Endpoint(e.mspId(), "127.0.0.1:1", e.tlsCaCert())).toList();
        ConnectionProfile unreachable = new ConnectionProfile(p.name(), p.channel(), p.chaincode(), p.orderer(), peers,
                p.identities());
        long t0 = System.nanoTime();
        try (DiacLedger ledger = DiacLedger.builder().profile(unreachable, fixture.profileFile()).connect()) {
            ChainException e = assertThrows(ChainException.class, () -> ledger.history("sharding-network"));
            assertEquals(ChainException.Reason.NETWORK_DOWN, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1:1") && e.getMessage().contains("./diac network up"),
                    e.getMessage());
            e = assertThrows(ChainException.class, () -> ledger.publish("x", "a: 1\n"));
            assertEquals(ChainException.Reason.NETWORK_DOWN, e.reason(), e.getMessage());
        }
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "fails fast");
    }
}
