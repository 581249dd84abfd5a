package org.diac.chain.client;

/** The last status (TOSCA 1.3 §3.4.1 state) and address an operator reported for an instance. */
public record InstanceStatusRecord(String name, String instance, String operator, long epoch, String status,
        String ipv4, String txId, String timestamp) {
}
