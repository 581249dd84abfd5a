package org.diac.chain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unit tests with a mocked stub: the exact ledger writes of publishVersion, and reads of what was written. */
class CoreContractTest {

    private final Map<String, String> state = new LinkedHashMap<>();
    private final Map<String, byte[]> events = new LinkedHashMap<>();
    private Context ctx;
    private ChaincodeStub stub;
    private final CoreContract contract = new CoreContract();

    @BeforeEach
    void setUp() throws Exception {
        stub = mock(ChaincodeStub.class);
        ctx = mock(Context.class);
        ClientIdentity id = mock(ClientIdentity.class);
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenReturn(id);
        when(id.getMSPID()).thenReturn("Org1MSP");
        when(stub.getTxId()).thenReturn("tx1");
        when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-28T10:00:00Z"));
        when(stub.createCompositeKey(anyString(), any(String[].class))).thenAnswer(inv -> {
            Object[] a = inv.getArguments();
            String[] attrs = new String[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                attrs[i - 1] = (String) a[i];
            }
            return new CompositeKey((String) a[0], attrs);
        });
        when(stub.getStringState(anyString())).thenAnswer(inv -> state.getOrDefault(inv.getArgument(0), ""));
        org.mockito.Mockito.doAnswer(inv -> state.put(inv.getArgument(0), inv.getArgument(1)))
                .when(stub).putStringState(anyString(), anyString());
        org.mockito.Mockito.doAnswer(inv -> events.put(inv.getArgument(0), inv.getArgument(1)))
                .when(stub).setEvent(anyString(), any(byte[].class));
    }

    @Test
    void publishWritesVersionRecordLatestPointerAndEvent() {
        String r = contract.publishVersion(ctx, "sharding-network", "a: \"1\"\n");
        assertEquals("{\"name\":\"sharding-network\",\"version\":1,\"txId\":\"tx1\"}", r);
        String versionKey = new CompositeKey(CoreContract.VERSION_KEY, "sharding-network", "0000000001").toString();
        String latestKey = new CompositeKey(CoreContract.LATEST_KEY, "sharding-network").toString();
        assertEquals(2, state.size());
        assertEquals("{\"name\":\"sharding-network\",\"version\":1,\"txId\":\"tx1\","
                + "\"timestamp\":\"2026-11-28T10:00:00Z\",\"submitter\":{\"mspId\":\"Org1MSP\",\"subject\":\"\"},"
                + "\"content\":\"a: \\\"1\\\"\\n\"}", state.get(versionKey));
        assertEquals("1", state.get(latestKey));
        assertEquals(r, new String(events.get(CoreContract.EVENT_PUBLISHED), StandardCharsets.UTF_8));
    }

    @Test
    void versionsCountUpAndOldOnesStayReadable() {
        contract.publishVersion(ctx, "doc", "v1");
        when(stub.getTxId()).thenReturn("tx2");
        assertEquals("{\"name\":\"doc\",\"version\":2,\"txId\":\"tx2\"}", contract.publishVersion(ctx, "doc", "v2"));
        assertTrue(contract.readVersion(ctx, "doc", 1).endsWith("\"content\":\"v1\"}"));
        assertTrue(contract.readLatest(ctx, "doc").endsWith("\"content\":\"v2\"}"));
    }

    @Test
    void badArgumentsAndUnknownDocumentsGiveReasons() {
        ChaincodeException e = assertThrows(ChaincodeException.class, () -> contract.publishVersion(ctx, "a b", "x"));
        assertEquals("INVALID_ARGUMENT", e.getPayload() == null ? null : new String(e.getPayload(), StandardCharsets.UTF_8));
        assertThrows(ChaincodeException.class, () -> contract.publishVersion(ctx, "doc", ""));
        ChaincodeException nf = assertThrows(ChaincodeException.class, () -> contract.readLatest(ctx, "missing"));
        assertEquals("unknown document 'missing'", nf.getMessage());
        contract.publishVersion(ctx, "doc", "v1");
        ChaincodeException nv = assertThrows(ChaincodeException.class, () -> contract.readVersion(ctx, "doc", 5));
        assertEquals("document 'doc' has no version 5 (latest is 1)", nv.getMessage());
    }

    @Test
    void jsonEscapingAndContentStripping() {
        assertEquals("\"a\\\"b\\\\c\\u0001\"", Json.quote("a\"b\\c\u0001"));
        assertEquals("{\"name\":\"x\",\"version\":1}", Json.withoutField("{\"name\":\"x\",\"version\":1,\"content\":\"q,\\\"content\\\":\"}", "content"));
    }
}
