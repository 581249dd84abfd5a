package org.diac.chain.contract;

import static org.diac.chain.contract.ContractAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;
import org.diac.mapper.epoch.EpochAlpha;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** VRF keys, epochs and instance reports over a mocked stub: exact ledger writes; refusals write nothing. */
class MapperContractTest {

    static final HexFormat HEX = HexFormat.of();
    /** The operators of examples/sharding-network.diac: MSP and subject. */
    static final Map<String, String> MSP = Map.of("alice", "Org1MSP", "bob", "Org2MSP", "carol", "Org1MSP", "dave",
            "Org2MSP", "erin", "Org1MSP", "frank", "Org2MSP");

    private final FakeLedger ledger = new FakeLedger();
    private final CoreContract core = new CoreContract();
    private final MapperContract mapper = new MapperContract();
    private final TemplatesContract templates = new TemplatesContract();

    @BeforeEach
    void publish() throws Exception {
        core.publish(ledger.tx("Org1MSP", "alice@myDapp"), "net",
                Files.readString(DocumentSplitterTest.EXAMPLES.resolve("sharding-network.diac")));
    }

    static VrfSecretKey key(String operator) {
        try {
            return VrfSecretKey.fromBytes(MessageDigest.getInstance("SHA-256").digest(
                    ("vrf key of " + operator).getBytes(StandardCharsets.UTF_8))).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private org.hyperledger.fabric.contract.Context as(String operator) {
        return ledger.tx(MSP.get(operator), operator + "@myDapp");
    }

    private VrfKey register(String operator) {
        return mapper.registerVrfKey(as(operator), "net", operator, HEX.formatHex(key(operator).publicKey().toBytes()));
    }

    private String prove(String operator, byte[] alpha) {
        return HEX.formatHex(Ecvrf.prove(key(operator), alpha).toBytes());
    }

    /** Proposes the next epoch as the operator whose turn it is. */
    private EpochRecord next() {
        EpochTurn turn = mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net");
        return mapper.proposeEpoch(as(turn.getProposer()), "net", turn.getEpoch(), turn.getAlpha(),
                prove(turn.getProposer(), HEX.parseHex(turn.getAlpha())));
    }

    @Nested
    class RegisterVrfKey {

        @Test
        void theOperatorsOwnIdentityRegistersItsKeyOnce() {
            VrfKey k = register("alice");
            assertEquals(List.of(FakeLedger.key("vrfkey", "net", "alice")), List.copyOf(ledger.writes.keySet()));
            assertEquals(HEX.formatHex(key("alice").publicKey().toBytes()), k.getPublicKey());
            assertEquals(0, k.getRegisteredAfterEpoch());
            assertRefused(ledger, ChainError.VRF_KEY_EXISTS, () -> register("alice"));
        }

        @Test
        void anotherIdentityCannotRegisterForAnOperator() {
            assertRefused(ledger, ChainError.NOT_OPERATOR, () -> mapper.registerVrfKey(as("bob"), "net", "alice",
                    HEX.formatHex(key("bob").publicKey().toBytes())));
        }

        @Test
        void aKeyThatIsNoPointAndAnUnknownOperatorAreRefused() {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> mapper.registerVrfKey(as("alice"), "net", "alice",
                    "04" + "00".repeat(32)));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> mapper.registerVrfKey(as("alice"), "net", "alice",
                    "not hex"));
            assertRefused(ledger, ChainError.NOT_FOUND, () -> mapper.registerVrfKey(as("alice"), "net", "mallory",
                    HEX.formatHex(key("alice").publicKey().toBytes())));
        }
    }

    @Nested
    class ProposeEpoch {

        @BeforeEach
        void keys() {
            register("alice");
            register("bob");
            register("carol");
        }

        @Test
        void theProposerInTurnStoresSeedProofAndTheRecomputedAllocation() {
            EpochTurn turn = mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net");
            assertEquals(1, turn.getEpoch());
            assertEquals("bob", turn.getProposer()); // alice, bob, carol: 1 mod 3
            byte[] alpha = EpochAlpha.of("net", 1, null);
            assertEquals(HEX.formatHex(alpha), turn.getAlpha());
            String proof = prove("bob", alpha);
            EpochRecord r = mapper.proposeEpoch(as("bob"), "net", 1, "", proof);

            assertEquals(List.of(FakeLedger.key("epoch", "net", "0000000001"), FakeLedger.key("epochhead", "net")),
                    List.copyOf(ledger.writes.keySet()));
            assertEquals(List.of(EpochAdopted.EVENT), List.copyOf(ledger.events.keySet()));
            byte[] beta = ((org.diac.mapper.vrf.VrfOutcome.Valid) Ecvrf.verify(key("bob").publicKey().toBytes(), alpha,
                    HEX.parseHex(proof))).beta();
            assertEquals(HEX.formatHex(beta), r.getSeed());
            assertEquals(proof, r.getProof());
            assertEquals("bob", r.getProposer());
            Map<Object, Object> doc = Resolver.resolve(DocumentService.latest(ledger.tx("Org1MSP", "reader", 0), "net"));
            Allocation expected = Mapper.allocate(TreeAllocationInput.of(doc, null, beta, 1).request());
            assertEquals(expected, Epochs.allocation(r));
            assertEquals(20, expected.assignments().size());
            assertEquals(Epochs.sha256(r.getAllocation()), r.getAllocationDigest());
            assertEquals("", r.getViolations());
        }

        @Test
        void aForgedProofIsRefused() {
            byte[] pi = HEX.parseHex(prove("bob", EpochAlpha.of("net", 1, null)));
            pi[40] ^= 1;
            assertRefused(ledger, ChainError.INVALID_PROOF, () -> mapper.proposeEpoch(as("bob"), "net", 1, "",
                    HEX.formatHex(pi)));
            // the right alpha proved with another operator's key
            assertRefused(ledger, ChainError.INVALID_PROOF, () -> mapper.proposeEpoch(as("bob"), "net", 1, "",
                    prove("alice", EpochAlpha.of("net", 1, null))));
        }

        @Test
        void aProposerOutOfTurnIsRefused() {
            String proof = prove("alice", EpochAlpha.of("net", 1, null));
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(as("alice"), "net", 1, "", proof));
            // an operator without a key, and a stranger
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(as("dave"), "net", 1, "", proof));
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(ledger.tx("Org2MSP", "eve"), "net",
                    1, "", proof));
        }

        @Test
        void afterTwelveBlocksWithoutAProposalTheNextOperatorInTurnMayProposeInstead() {
            // epoch 1 is bob's (alice, bob, carol); block_interval 5 s: carol may from 60 s after version 1
            byte[] alpha = EpochAlpha.of("net", 1, null);
            String carols = prove("carol", alpha);
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(ledger.tx("Org1MSP", "carol@myDapp",
                    50), "net", 1, "", carols));
            // alice comes after carol: not yet
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(ledger.tx("Org1MSP", "alice@myDapp",
                    10), "net", 1, "", prove("alice", alpha)));
            // carol's key, not bob's, is what her proof is checked against
            assertRefused(ledger, ChainError.INVALID_PROOF, () -> mapper.proposeEpoch(ledger.tx("Org1MSP",
                    "carol@myDapp"), "net", 1, "", prove("bob", alpha)));
            EpochRecord r = mapper.proposeEpoch(ledger.tx("Org1MSP", "carol@myDapp"), "net", 1, "", carols);
            assertEquals("carol", r.getProposer());
            byte[] beta = ((org.diac.mapper.vrf.VrfOutcome.Valid) Ecvrf.verify(key("carol").publicKey().toBytes(), alpha,
                    HEX.parseHex(carols))).beta();
            assertEquals(HEX.formatHex(beta), r.getSeed());
            // the next epoch is due from this one: its proposer in turn has its 60 s again
            EpochTurn two = mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net");
            assertRefused(ledger, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(as("alice"), "net", 2, "",
                    prove("alice", HEX.parseHex(two.getAlpha()))));
        }

        @Test
        void aStoredEpochAndAReplayedProofAreRefused() {
            EpochRecord first = next();
            assertRefused(ledger, ChainError.WRONG_EPOCH, () -> mapper.proposeEpoch(as("bob"), "net", 1, "",
                    first.getProof()));
            next(); // 2: carol
            next(); // 3: alice
            // epoch 4 is bob's turn again: his proof of epoch 1 proves another alpha
            assertRefused(ledger, ChainError.INVALID_PROOF, () -> mapper.proposeEpoch(as("bob"), "net", 4, "",
                    first.getProof()));
            assertRefused(ledger, ChainError.WRONG_EPOCH, () -> mapper.proposeEpoch(as("bob"), "net", 6, "",
                    first.getProof()));
        }

        @Test
        void alphaChainsFromThePreviousSeedAndMustMatchWhenGiven() {
            EpochRecord first = next();
            EpochTurn second = mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net");
            assertArrayEquals(EpochAlpha.of("net", 2, HEX.parseHex(first.getSeed())), HEX.parseHex(second.getAlpha()));
            assertRefused(ledger, ChainError.INVALID_PROOF, () -> mapper.proposeEpoch(as("carol"), "net", 2,
                    first.getAlpha(), prove("carol", HEX.parseHex(second.getAlpha()))));
        }

        @Test
        void aKeyRegisteredAfterAnEpochTakesTurnsFromTheEpochAfterNext() {
            next();
            assertEquals(1, register("dave").getRegisteredAfterEpoch());
            assertEquals("alice,bob,carol", mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net").getCandidates());
            next();
            assertEquals("alice,bob,carol,dave", mapper.nextEpoch(ledger.tx("Org1MSP", "reader", 0), "net")
                    .getCandidates());
        }

        @Test
        void withoutKeysNobodyIsInTurn() {
            FakeLedger fresh = new FakeLedger();
            core.publish(fresh.tx("Org1MSP", "alice@myDapp"), "other", IdentityContractTest.NET);
            assertRefused(fresh, ChainError.OUT_OF_TURN, () -> mapper.proposeEpoch(fresh.tx("Org1MSP", "alice@myDapp"),
                    "other", 1, "", prove("alice", EpochAlpha.of("other", 1, null))));
        }
    }

    @Nested
    class ReadEpoch {

        @Test
        void latestByNumberAndUnknown() {
            register("alice");
            assertRefused(ledger, ChainError.NOT_FOUND, () -> mapper.readEpoch(ledger.tx("Org1MSP", "reader"), "net", 0));
            EpochRecord r = next();
            assertEquals(r.getTxId(), mapper.readEpoch(ledger.tx("Org1MSP", "reader"), "net", 0).getTxId());
            assertEquals(r.getSeed(), mapper.readEpoch(ledger.tx("Org1MSP", "reader"), "net", 1).getSeed());
            assertRefused(ledger, ChainError.NOT_FOUND, () -> mapper.readEpoch(ledger.tx("Org1MSP", "reader"), "net", 2));
        }
    }

    @Nested
    class ReportStatus {

        @Test
        void theOperatorOfASlotReportsItsStateAndAddress() {
            assertRefused(ledger, ChainError.SLOT_NOT_GIVEN, () -> templates.reportStatus(as("alice"), "net", "shard1-1",
                    "started", ""));
            // node templates: the validator is carol's (operated_by), an operator template is its own
            assertEquals("carol", templates.reportStatus(as("carol"), "net", "validator", "started", "").getOperator());
            assertEquals(0, templates.reportStatus(as("alice"), "net", "alice", "started", "").getEpoch());
            assertRefused(ledger, ChainError.SLOT_NOT_GIVEN, () -> templates.reportStatus(as("alice"), "net", "validator",
                    "started", ""));
            assertRefused(ledger, ChainError.SLOT_NOT_GIVEN, () -> templates.reportStatus(as("alice"), "net", "bob",
                    "started", ""));
            register("alice");
            EpochRecord epoch = next();
            var slot = Epochs.allocation(epoch).assignments().get(0);
            InstanceStatus s = templates.reportStatus(as(slot.operator()), "net", slot.instance(), "started", "10.0.0.7");
            assertEquals(List.of(FakeLedger.key("status", "net", slot.instance())), List.copyOf(ledger.writes.keySet()));
            assertEquals(List.of(InstanceReports.EVENT), List.copyOf(ledger.events.keySet()));
            assertEquals(slot.operator(), s.getOperator());
            assertEquals(1, s.getEpoch());
            InstanceStatus[] all = templates.statuses(ledger.tx("Org1MSP", "reader"), "net");
            assertEquals(3, all.length);
            assertEquals("10.0.0.7", java.util.Arrays.stream(all).filter(x -> x.getInstance().equals(slot.instance()))
                    .findFirst().orElseThrow().getIpv4());
        }

        @Test
        void aSlotNotGivenToTheSubmitterIsRefused() {
            register("alice");
            EpochRecord epoch = next();
            var slot = Epochs.allocation(epoch).assignments().get(0);
            String other = MSP.keySet().stream().filter(o -> !o.equals(slot.operator())).sorted().findFirst().orElseThrow();
            var e = assertRefused(ledger, ChainError.SLOT_NOT_GIVEN, () -> templates.reportStatus(as(other), "net",
                    slot.instance(), "started", ""));
            assertTrue(e.getMessage().contains(slot.operator()), e.getMessage());
            assertRefused(ledger, ChainError.SLOT_NOT_GIVEN, () -> templates.reportStatus(as(other), "net", "shard9-9",
                    "started", ""));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> templates.reportStatus(as(slot.operator()), "net",
                    slot.instance(), "running", ""));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> templates.reportStatus(as(slot.operator()), "net",
                    slot.instance(), "started", "10.0.0.300"));
        }
    }
}
