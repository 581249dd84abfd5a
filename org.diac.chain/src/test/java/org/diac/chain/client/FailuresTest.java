package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theChaincodesCodeDecidesTheReason() {
        assertEquals(List.of(ChainException.Reason.NOT_FOUND, "NOT_FOUND"),
                reasonAndCode(Failures.refusal("export", "NOT_FOUND: unknown document 'x'", null)));
        assertEquals(List.of(ChainException.Reason.PERMISSION_DENIED, "NOT_OPERATOR"),
                reasonAndCode(Failures.refusal("vote", "NOT_OPERATOR: only operators vote", null)));
        assertEquals(List.of(ChainException.Reason.PERMISSION_DENIED, "BLACKLISTED"),
                reasonAndCode(Failures.refusal("publish", "BLACKLISTED: mallory", null)));
        assertEquals(List.of(ChainException.Reason.REFUSED, "STAKE_SHARE"),
                reasonAndCode(Failures.refusal("publish", "STAKE_SHARE: alice has 0.3", null)));
        ChainException plain = Failures.refusal("publish", "something else", null);
        assertEquals(ChainException.Reason.REFUSED, plain.reason());
        assertNull(plain.code());
    }

    private static List<Object> reasonAndCode(ChainException e) {
        return List.of(e.reason(), e.code());
    }
}
