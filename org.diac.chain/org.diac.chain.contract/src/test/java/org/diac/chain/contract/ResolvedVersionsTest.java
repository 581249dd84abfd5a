package org.diac.chain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resolved-version cache: keyed by what the ledger holds, never by name and version alone, and read-only. */
class ResolvedVersionsTest {

    private static final String DOC = "metadata: { template_name: doc }\ntopology_template:\n"
            + "  inputs: { size: { type: integer, default: %d } }\n"
            + "  node_templates:\n    box: { type: tosca.nodes.Root, properties: { size: { get_input: size } }, "
            + "metadata: { tags: [a, b] } }\n";

    private final CoreContract core = new CoreContract();

    private static Object size(Map<Object, Object> doc) {
        Map<?, ?> topology = (Map<?, ?>) doc.get("topology_template");
        Map<?, ?> box = (Map<?, ?>) ((Map<?, ?>) topology.get("node_templates")).get("box");
        return ((Map<?, ?>) box.get("properties")).get("size");
    }

    @Test
    void theSameStoredVersionIsParsedAndResolvedOnce() {
        FakeLedger ledger = new FakeLedger();
        core.publish(ledger.tx("Org1MSP", "admin"), "doc", DOC.formatted(3));
        Map<Object, Object> first = ResolvedVersions.latest(ledger.tx("Org1MSP", "admin").getStub(), "doc");
        Map<Object, Object> again = ResolvedVersions.latest(ledger.tx("Org1MSP", "admin").getStub(), "doc");
        assertEquals(3, ((Number) size(first)).intValue(), "get_input resolved to the input's default");
        assertSame(first, again);
    }

    @Test
    void anotherLedgerWithTheSameNameAndVersionButOtherContentIsNotServedFromTheCache() {
        FakeLedger one = new FakeLedger();
        FakeLedger two = new FakeLedger();
        core.publish(one.tx("Org1MSP", "admin"), "doc", DOC.formatted(5));
        core.publish(two.tx("Org1MSP", "admin"), "doc", DOC.formatted(7)); // same name, version 1, same tx id
        Map<Object, Object> fromOne = ResolvedVersions.latest(one.tx("Org1MSP", "admin").getStub(), "doc");
        Map<Object, Object> fromTwo = ResolvedVersions.latest(two.tx("Org1MSP", "admin").getStub(), "doc");
        assertNotSame(fromOne, fromTwo);
        assertEquals(5, ((Number) size(fromOne)).intValue());
        assertEquals(7, ((Number) size(fromTwo)).intValue());
    }

    @Test
    void aCachedDocumentCannotBeChangedByOneTransactionForTheNext() {
        FakeLedger ledger = new FakeLedger();
        core.publish(ledger.tx("Org1MSP", "admin"), "doc", DOC.formatted(11));
        Map<Object, Object> doc = ResolvedVersions.latest(ledger.tx("Org1MSP", "admin").getStub(), "doc");
        Map<?, ?> topology = (Map<?, ?>) doc.get("topology_template");
        Map<?, ?> box = (Map<?, ?>) ((Map<?, ?>) topology.get("node_templates")).get("box");
        List<?> tags = (List<?>) ((Map<?, ?>) box.get("metadata")).get("tags");
        assertThrows(UnsupportedOperationException.class, () -> doc.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) topology).clear());
        assertThrows(UnsupportedOperationException.class, tags::clear);
    }
}
