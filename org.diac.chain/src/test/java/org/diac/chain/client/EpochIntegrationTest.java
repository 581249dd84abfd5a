package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.diac.chain.network.OperatorIdentity;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapper and templates modules on the real network (tag {@code fabric}): operators issued from the
 * organizations' CAs register VRF keys, the proposer in turn stores epoch 1 (every endorsing peer verified the proof
 * and recomputed the same allocation), a forged proof, a proposer out of turn and a replayed epoch are refused with
 * the chaincode's code; the epoch's event arrives through a file checkpoint and is not delivered again after it;
 * an operator reports its slot's status and is refused another's.
 */
@Tag("fabric")
class EpochIntegrationTest {

    static final HexFormat HEX = HexFormat.of();
    private static LedgerNetworkFixture fixture;

    @BeforeAll
    static void up() throws Exception {
        fixture = new LedgerNetworkFixture();
        fixture.network.issueIdentities(OperatorIdentity.parseList(OperatorIdentity.EXAMPLES));
        try (DiacLedger alice = fixture.ledger("alice")) {
            alice.publish("it-epochs", Files.readString(fixture.repo.resolve("examples/sharding-network.diac")));
        }
    }

    @AfterAll
    static void down() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static VrfSecretKey key(String operator) throws Exception {
        return VrfSecretKey.fromBytes(MessageDigest.getInstance("SHA-256").digest(
                ("it vrf key of " + operator).getBytes(StandardCharsets.UTF_8))).orElseThrow();
    }

    static String prove(String operator, String alphaHex) throws Exception {
        return HEX.formatHex(Ecvrf.prove(key(operator), HEX.parseHex(alphaHex)).toBytes());
    }

    @Test
    void operatorsTakeTurnsAndTheChainRefusesForgedReplayedAndOutOfTurnProofs(@TempDir Path state) throws Exception {
        for (String op : new String[] {"alice", "bob", "carol"}) {
            try (DiacLedger l = fixture.ledger(op)) {
                assertEquals(0, l.registerVrfKey("it-epochs", op, HEX.formatHex(key(op).publicKey().toBytes()))
                        .value().registeredAfterEpoch());
            }
        }
        try (DiacLedger alice = fixture.ledger("alice"); DiacLedger bob = fixture.ledger("bob");
                DiacLedger reader = fixture.ledger(null)) {
            ChainException twice = assertThrows(ChainException.class, () -> alice.registerVrfKey("it-epochs", "alice",
                    HEX.formatHex(key("alice").publicKey().toBytes())));
            assertEquals("VRF_KEY_EXISTS", twice.code());

            EpochTurn turn = reader.nextEpoch("it-epochs");
            assertEquals(1, turn.epoch());
            assertEquals("bob", turn.proposer());
            assertEquals("alice,bob,carol", turn.candidates());

            ChainException outOfTurn = assertThrows(ChainException.class, () -> alice.proposeEpoch("it-epochs", 1, "",
                    prove("alice", turn.alpha())));
            assertEquals("OUT_OF_TURN", outOfTurn.code(), outOfTurn.getMessage());
            assertTrue(outOfTurn.getMessage().contains("'bob'"), outOfTurn.getMessage());

            byte[] forged = HEX.parseHex(prove("bob", turn.alpha()));
            forged[50] ^= 1;
            ChainException invalid = assertThrows(ChainException.class, () -> bob.proposeEpoch("it-epochs", 1, "",
                    HEX.formatHex(forged)));
            assertEquals("INVALID_PROOF", invalid.code(), invalid.getMessage());

            Path checkpoint = state.resolve("events.checkpoint");
            Submitted<EpochRecord> stored;
            try (ChainEvents events = reader.events(checkpoint)) {
                stored = bob.proposeEpoch("it-epochs", 1, turn.alpha(), prove("bob", turn.alpha()));
                ChainEvent e = assertTimeoutPreemptively(Duration.ofSeconds(30), events::next);
                assertEquals("EpochAdopted", e.eventName());
                assertEquals(stored.txId(), e.txId());
                events.checkpoint();
            }
            EpochRecord read = reader.epoch("it-epochs", 1);
            assertEquals(stored.value().allocationDigest(), read.allocationDigest());
            assertEquals(stored.value().seed(), reader.epoch("it-epochs", 0).seed());
            assertEquals("", read.violations());
            assertEquals(20, read.allocation().split("\"instance\"").length - 1);

            ChainException replay = assertThrows(ChainException.class, () -> bob.proposeEpoch("it-epochs", 1, "",
                    stored.value().proof()));
            assertEquals("WRONG_EPOCH", replay.code(), replay.getMessage());

            // the slot of the first assignment: its operator reports, another operator is refused
            Map<?, ?> first = (Map<?, ?>) ((java.util.List<?>) ((Map<?, ?>) DiacLedgerIntegrationTest.tree(
                    read.allocation())).get("assignments")).get(0);
            String instance = (String) first.get("instance");
            String owner = (String) first.get("operator");
            String other = owner.equals("alice") ? "bob" : "alice";
            try (DiacLedger ownerLedger = fixture.ledger(owner); DiacLedger otherLedger = fixture.ledger(other);
                    ChainEvents events = reader.events(checkpoint)) {
                ChainException notGiven = assertThrows(ChainException.class, () -> otherLedger.reportStatus("it-epochs",
                        instance, "started", "10.0.0.9"));
                assertEquals("SLOT_NOT_GIVEN", notGiven.code(), notGiven.getMessage());
                Submitted<InstanceStatusRecord> reported = ownerLedger.reportStatus("it-epochs", instance, "started",
                        "10.0.0.9");
                // resumed after the checkpoint: the epoch's event is not delivered again
                ChainEvent e = assertTimeoutPreemptively(Duration.ofSeconds(30), events::next);
                assertEquals("InstanceReported", e.eventName());
                assertEquals(reported.txId(), e.txId());
            }
            InstanceStatusRecord status = reader.statuses("it-epochs").get(0);
            assertEquals(instance, status.instance());
            assertEquals("10.0.0.9", status.ipv4());
            assertFalse(reader.nextEpoch("it-epochs").alpha().equals(turn.alpha()));
        }
    }
}
