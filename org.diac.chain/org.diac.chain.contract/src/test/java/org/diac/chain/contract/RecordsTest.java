package org.diac.chain.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class RecordsTest {

    private static final DocumentVersion VERSION = new DocumentVersion("net", 3, "adopt", "tx9",
            "2026-12-01T00:00:00Z", "Org1MSP:CN=alice", "Org1MSP:CN=alice", "p1", new String[] { "core", "topology" },
            "{\"a\": \"<&>\"}");

    @Test
    void stateJsonHasTheFieldsTheContractApiWritesForResults() {
        JSONObject state = new JSONObject(new String(Records.toBytes(VERSION), StandardCharsets.UTF_8));
        JSONObject result = new JSONObject(ContractApiJson.of(VERSION));
        assertEquals(result.keySet(), state.keySet());
        for (String key : result.keySet()) {
            assertEquals(result.get(key).toString(), state.get(key).toString(), key);
        }
    }

    @Test
    void aResultTheContractApiWroteReadsBackAsState() {
        DocumentVersion read = Records.fromBytes(ContractApiJson.of(VERSION).getBytes(StandardCharsets.UTF_8),
                DocumentVersion.class, "k");
        assertEquals(VERSION.getVersion(), read.getVersion());
        assertEquals(VERSION.getLayout(), read.getLayout());
        assertArrayEquals(VERSION.getModules(), read.getModules());
    }

    @Test
    void unreadableStateIsCorruptStateNamingTheKey() {
        ChaincodeException e = assertThrows(ChaincodeException.class,
                () -> Records.fromBytes("{\"version\": [".getBytes(StandardCharsets.UTF_8), DocumentVersion.class,
                        "diac\u0000version\u0000net\u0000"));
        assertTrue(e.getMessage().contains("CORRUPT_STATE") || new String(e.getPayload(), StandardCharsets.UTF_8)
                .contains("CORRUPT_STATE"), e.getMessage());
        assertTrue(e.getMessage().contains("diac~version~net~"), e.getMessage());
    }
}
