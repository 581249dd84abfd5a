package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/** The last status an operator reported for one instance (templates module): TOSCA 1.3 §3.4.1 state and address. */
@DataType
public final class InstanceStatus {

    @Property
    private final String name;
    @Property
    private final String instance;
    @Property
    private final String operator;
    @Property
    private final long epoch;
    @Property
    private final String status;
    @Property
    private final String ipv4;
    @Property
    private final String txId;
    @Property
    private final String timestamp;

    public InstanceStatus() {
        this("", "", "", 0, "", "", "", "");
    }

    public InstanceStatus(String name, String instance, String operator, long epoch, String status, String ipv4,
            String txId, String timestamp) {
        this.name = name;
        this.instance = instance;
        this.operator = operator;
        this.epoch = epoch;
        this.status = status;
        this.ipv4 = ipv4;
        this.txId = txId;
        this.timestamp = timestamp;
    }

    public String getName() {
        return name;
    }

    public String getInstance() {
        return instance;
    }

    public String getOperator() {
        return operator;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getStatus() {
        return status;
    }

    public String getIpv4() {
        return ipv4;
    }

    public String getTxId() {
        return txId;
    }

    public String getTimestamp() {
        return timestamp;
    }
}
