package org.diac.chain.client;

import java.nio.charset.StandardCharsets;

/** A chaincode event: {@code DocumentAdopted}, {@code EpochAdopted}, {@code InstanceReported}; payload JSON. */
public record ChainEvent(String eventName, String payload, String txId, long block) {

    static ChainEvent of(org.hyperledger.fabric.client.ChaincodeEvent e) {
        return new ChainEvent(e.getEventName(), new String(e.getPayload(), StandardCharsets.UTF_8),
                e.getTransactionId(), e.getBlockNumber());
    }
}
