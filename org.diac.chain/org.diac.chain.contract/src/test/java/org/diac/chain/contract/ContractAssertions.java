package org.diac.chain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.function.Executable;

/** Refusals: the error code as payload, a reason, and not a single ledger write or event. */
final class ContractAssertions {

    private ContractAssertions() {
    }

    static ChaincodeException assertRefused(FakeLedger ledger, ChainError code, Executable tx) {
        ChaincodeException e = assertThrows(ChaincodeException.class, tx);
        assertEquals(code.name(), e.getPayload() == null ? null : new String(e.getPayload(), StandardCharsets.UTF_8),
                e.getMessage());
        assertTrue(e.getMessage().startsWith(code.name() + ": ") && e.getMessage().length() > code.name().length() + 10,
                e.getMessage());
        assertTrue(ledger.writes.isEmpty(), "a refusal writes nothing, wrote " + ledger.writes.keySet());
        assertTrue(ledger.events.isEmpty(), "a refusal emits no event");
        return e;
    }
}
