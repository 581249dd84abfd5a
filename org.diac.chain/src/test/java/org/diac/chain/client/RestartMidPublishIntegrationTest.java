package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every process of the network (orderer, peers, chaincode server) stopped while publishes are in flight, then started
 * again: what was committed before is all there, each version exports whole (all its modules), the versions run
 * without gaps, and the network takes the next publish (tag {@code fabric}).
 */
@Tag("fabric")
class RestartMidPublishIntegrationTest {

    private static LedgerNetworkFixture fixture;

    @BeforeAll
    static void up() throws Exception {
        fixture = new LedgerNetworkFixture();
    }

    @AfterAll
    static void down() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static String revision(int i) {
        return "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: revision " + i + "\n"
                + "topology_template:\n  node_templates:\n    server:\n      type: tosca.nodes.Compute\n";
    }

    @Test
    void stoppingEveryProcessMidPublishLosesNothingCommitted() throws Exception {
        Map<Long, String> committed = new ConcurrentHashMap<>();
        List<String> attempted = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ChainException> failure = new AtomicReference<>();
        CountDownLatch twoCommitted = new CountDownLatch(2);
        try (DiacLedger ledger = fixture.ledger(null)) {
            Thread publisher = new Thread(() -> {
                for (int i = 1; i <= 200; i++) {
                    String text = revision(i);
                    attempted.add(text);
                    try {
                        committed.put(ledger.publish("it-restart", text).value().version(), text);
                        twoCommitted.countDown();
                    } catch (ChainException e) {
                        failure.set(e); // the network went away under this publish: it may or may not have committed
                        return;
                    }
                }
            }, "publisher");
            publisher.start();
            assertTrue(twoCommitted.await(60, TimeUnit.SECONDS), "two publishes commit before the stop");
            fixture.network.down();
            publisher.join(120_000);
            assertTrue(failure.get() != null, "the publish in flight when the network stopped failed");
        }
        fixture.network.up();

        try (DiacLedger ledger = fixture.ledger(null)) {
            List<VersionRecord> versions = ledger.versions("it-restart");
            for (int i = 0; i < versions.size(); i++) {
                assertEquals(i + 1, versions.get(i).version(), "versions run without gaps");
            }
            for (Map.Entry<Long, String> c : committed.entrySet()) {
                DiacLedgerIntegrationTest.assertSameTree(c.getValue(), ledger.export("it-restart", c.getKey(),
                        DiacLedger.Format.YAML, false), "committed version " + c.getKey());
            }
            assertTrue(versions.size() >= committed.size(), "nothing committed is lost");
            assertTrue(versions.size() <= committed.size() + 1, "at most the publish in flight committed unseen");
            for (VersionRecord v : versions) {
                String text = ledger.export("it-restart", v.version(), DiacLedger.Format.YAML, false);
                assertTrue(attempted.stream().anyMatch(a -> DiacLedgerIntegrationTest.tree(a).equals(
                        DiacLedgerIntegrationTest.tree(text))), "version " + v.version() + " is one document whole");
            }
            long next = ledger.publish("it-restart", revision(1000)).value().version();
            assertEquals(versions.size() + 1, next, "the restarted network takes the next publish");
        }
    }
}
