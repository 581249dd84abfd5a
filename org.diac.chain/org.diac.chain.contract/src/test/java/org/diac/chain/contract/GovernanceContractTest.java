package org.diac.chain.contract;

import static org.diac.chain.contract.ContractAssertions.assertRefused;
import static org.diac.chain.contract.CoreContractTest.NAME;
import static org.diac.chain.contract.CoreContractTest.SHARDING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Governance of the sharding example: voting_period 720 and timelock 120 blocks of 5 s (3600 s and 600 s),
 * quorum 0.4 and approval 0.6 of 2260 stake; security changes need 3 of alice, bob, carol, frank.
 */
class GovernanceContractTest {

    private final FakeLedger ledger = new FakeLedger();
    private final CoreContract core = new CoreContract();
    private final GovernanceContract gov = new GovernanceContract();
    static final String CORE_CHANGE = SHARDING.replace("default: 5000", "default: 4000");
    static final String SECURITY_CHANGE = SHARDING.replace("operators: [ mallory ]", "operators: [ mallory, oscar ]");

    @BeforeEach
    void publish() {
        core.publish(ledger.tx("Org1MSP", "alice@myDapp"), NAME, SHARDING);
    }

    /** The history key of the current transaction: name, timestamp in nanoseconds, transaction id. */
    private String historyKey() {
        return FakeLedger.key("history", NAME, String.format("%020d", ledger.now().getEpochSecond() * 1_000_000_000L),
                ledger.txId());
    }

    private Context alice(long seconds) {
        return ledger.tx("Org1MSP", "alice@myDapp", seconds);
    }

    private Context bob(long seconds) {
        return ledger.tx("Org2MSP", "bob@myDapp", seconds);
    }

    private Context carol(long seconds) {
        return ledger.tx("Org1MSP", "carol@myDapp", seconds);
    }

    @Nested
    class Patch {

        private final SecurityContract security = new SecurityContract();

        @Test
        void aModulePatchProposesTheLatestDocumentWithThatModuleReplaced() {
            String fragment = security.read(alice(1), NAME, 0).getContent();
            String patched = fragment.replace("- mallory", "- mallory\n        - oscar");
            assertTrue(!patched.equals(fragment), fragment);
            Proposal p = gov.proposePatch(bob(1), NAME, "security", patched);
            assertArrayEquals(new String[] {"security"}, p.getModules());
            assertEquals(Documents.read(Documents.toYaml(Documents.read(SECURITY_CHANGE))), Documents.read(p.getContent()));
        }

        @Test
        void aPatchWhosePartsBelongToAnotherModuleIsRefused() {
            String operator = "topology_template:\n  node_templates:\n    zed:\n      type: diac.nodes.Operator\n"
                    + "      properties: { stake: 300, identity: { type: X.509, msp_id: Org1MSP, subject: zed } }\n";
            var e = assertRefused(ledger, ChainError.INVALID_ARGUMENT,
                    () -> gov.proposePatch(bob(1), NAME, "topology", operator));
            assertTrue(e.getMessage().contains("identity"), e.getMessage());
        }

        @Test
        void anUnknownModuleOrAMalformedPatchIsRefused() {
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> gov.proposePatch(bob(1), NAME, "kernel", "a: 1\n"));
            assertRefused(ledger, ChainError.MALFORMED_DOCUMENT, () -> gov.proposePatch(bob(1), NAME, "core", "a: [1"));
        }
    }

    @Nested
    class Vote {

        @Test
        void aPassedProposalIsAdoptedAfterTheVotingPeriodAndTheTimeLock() {
            Proposal p = gov.propose(bob(10), NAME, CORE_CHANGE);
            assertEquals(List.of(p.getId(), 1L, "bob", "open"), List.of("tx2", p.getBaseVersion(), p.getProposer(), p.getStatus()));
            assertArrayEquals(new String[] {"core"}, p.getModules());
            assertArrayEquals(new String[] {"governance"}, p.getRequires());
            assertEquals("2026-11-28T11:00:11Z", p.getVotingEnds());
            assertEquals("2026-11-28T11:10:11Z", p.getAdoptableAt());
            assertEquals(List.of(FakeLedger.key("proposal", "tx2"), historyKey()), List.copyOf(ledger.writes.keySet()));

            gov.vote(alice(1), p.getId(), "yes");
            assertEquals(List.of(FakeLedger.key("vote", "tx2", "alice"), historyKey()), List.copyOf(ledger.writes.keySet()));
            gov.vote(bob(1), p.getId(), "yes");
            gov.vote(carol(1), p.getId(), "no");
            assertRefused(ledger, ChainError.DOUBLE_VOTE, () -> gov.vote(alice(1), p.getId(), "no"));
            assertRefused(ledger, ChainError.NOT_OPERATOR, () -> gov.vote(ledger.tx("Org1MSP", "oscar@myDapp"), p.getId(), "yes"));
            assertRefused(ledger, ChainError.NOT_OPERATOR, () -> gov.vote(ledger.tx("Org2MSP", "alice@myDapp"), p.getId(), "yes"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> gov.vote(ledger.tx("Org1MSP", "dave@myDapp"), p.getId(), "maybe"));
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> gov.approve(alice(1), p.getId()));
            assertRefused(ledger, ChainError.PREMATURE_ADOPTION, () -> gov.adopt(alice(1), p.getId()));
            assertRefused(ledger, ChainError.VOTING_CLOSED, () -> gov.vote(ledger.tx("Org2MSP", "dave@myDapp", 3600), p.getId(), "yes"));
            assertRefused(ledger, ChainError.PREMATURE_ADOPTION, () -> gov.adopt(alice(1), p.getId()));

            Proposal done = gov.adopt(carol(600), p.getId());
            assertEquals("adopted", done.getStatus());
            DocumentVersion latest = Ledger.latest(ledger.txStub(), NAME);
            assertEquals(List.of(2L, "adopt", p.getId()), List.of(latest.getVersion(), latest.getKind(), latest.getProposalId()));
            assertTrue(ledger.events.containsKey(Adoption.EVENT));
            assertEquals(Documents.toYaml(Documents.read(CORE_CHANGE)), core.export(alice(1), NAME, 0, "yaml"));
            assertEquals(Documents.toYaml(Documents.read(SHARDING)), core.export(alice(1), NAME, 1, "yaml"));
            assertRefused(ledger, ChainError.PROPOSAL_CLOSED, () -> gov.adopt(carol(1), p.getId()));
            assertEquals(List.of("publish", "propose", "vote", "vote", "vote", "adopt"),
                    Arrays.stream(core.history(alice(1), NAME)).map(HistoryEntry::getKind).toList());
        }

        @Test
        void withoutQuorumTheProposalIsRejected() {
            Proposal p = gov.propose(bob(1), NAME, CORE_CHANGE);
            gov.vote(ledger.tx("Org2MSP", "dave@myDapp"), p.getId(), "yes");
            Proposal rejected = gov.adopt(alice(3600 + 600), p.getId());
            assertEquals("rejected", rejected.getStatus());
            assertEquals(2, ledger.writes.size());
            assertTrue(ledger.events.isEmpty());
            assertEquals(1, Ledger.latest(ledger.txStub(), NAME).getVersion());
            HistoryEntry last = core.history(alice(1), NAME)[3];
            assertEquals("reject", last.getKind());
            assertTrue(last.getDetail().startsWith("quorum not reached: stake 300 of 2260 voted"), last.getDetail());
        }

        @Test
        void onlyOperatorsProposeAndAStaleProposalIsClosed() {
            assertRefused(ledger, ChainError.NOT_OPERATOR, () -> gov.propose(ledger.tx("Org1MSP", "oscar"), NAME, CORE_CHANGE));
            assertRefused(ledger, ChainError.STAKE_BELOW_THRESHOLD, () -> gov.propose(bob(1), NAME,
                    SHARDING.replace("stake: 300", "stake: 10")));
            assertRefused(ledger, ChainError.NOT_FOUND, () -> gov.propose(bob(1), "nothing", CORE_CHANGE));
            Proposal a = gov.propose(bob(1), NAME, CORE_CHANGE);
            Proposal b = gov.propose(bob(1), NAME, SHARDING.replace("default: 5000", "default: 3000"));
            gov.vote(alice(1), a.getId(), "yes"); // the fake's context is one mock: one call per transaction
            gov.vote(bob(1), a.getId(), "yes");
            gov.vote(carol(1), a.getId(), "yes");
            gov.adopt(alice(4200), a.getId());
            assertRefused(ledger, ChainError.PROPOSAL_CLOSED, () -> gov.adopt(alice(1), b.getId()));
            assertEquals(2, gov.proposals(alice(1), NAME).length);
            assertRefused(ledger, ChainError.NOT_FOUND, () -> gov.vote(alice(1), "no-such-proposal", "yes"));
        }
    }

    @Nested
    class Multisig {

        @Test
        void kOfTheListedSignersApprove() {
            Proposal p = gov.propose(alice(1), NAME, SECURITY_CHANGE);
            assertArrayEquals(new String[] {"security"}, p.getModules());
            assertArrayEquals(new String[] {"multisig"}, p.getRequires());
            assertRefused(ledger, ChainError.INVALID_ARGUMENT, () -> gov.vote(alice(1), p.getId(), "yes"));
            gov.approve(alice(1), p.getId());
            assertEquals(List.of(FakeLedger.key("vote", p.getId(), "alice"), historyKey()), List.copyOf(ledger.writes.keySet()));
            assertRefused(ledger, ChainError.DOUBLE_VOTE, () -> gov.approve(alice(1), p.getId()));
            assertRefused(ledger, ChainError.NOT_OPERATOR, () -> gov.approve(ledger.tx("Org1MSP", "erin@myDapp"), p.getId()));
            gov.approve(bob(1), p.getId());
            ChainError code = ChainError.PREMATURE_ADOPTION;
            assertTrue(assertRefused(ledger, code, () -> gov.adopt(alice(1), p.getId())).getMessage()
                    .contains("has 2 of the 3 approvals"));
            gov.approve(carol(1), p.getId());
            assertEquals("adopted", gov.adopt(bob(1), p.getId()).getStatus());
            assertArrayEquals(new String[] {"security"}, Ledger.latest(ledger.txStub(), NAME).getModules());
            assertEquals(List.of("publish", "propose", "approve", "approve", "approve", "adopt"),
                    Arrays.stream(core.history(alice(1), NAME)).map(HistoryEntry::getKind).toList());
        }
    }
}
