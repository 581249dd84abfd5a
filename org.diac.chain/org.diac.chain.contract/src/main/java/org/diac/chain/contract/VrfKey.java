package org.diac.chain.contract;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;

/**
 * An operator's VRF public key (RFC 9381 ECVRF-P256-SHA256-TAI, 33 bytes compressed, hex) for document {@code name},
 * and the last epoch stored when it was registered: the key takes turns from epoch {@code registeredAfterEpoch + 2}
 * (epoch 1 for keys registered before any epoch), so nobody picks a key after seeing the alpha it will prove.
 */
@DataType
public final class VrfKey {

    @Property
    private final String name;
    @Property
    private final String operator;
    @Property
    private final String publicKey;
    @Property
    private final long registeredAfterEpoch;
    @Property
    private final String submitter;
    @Property
    private final String txId;

    public VrfKey() {
        this("", "", "", 0, "", "");
    }

    public VrfKey(String name, String operator, String publicKey, long registeredAfterEpoch, String submitter,
            String txId) {
        this.name = name;
        this.operator = operator;
        this.publicKey = publicKey;
        this.registeredAfterEpoch = registeredAfterEpoch;
        this.submitter = submitter;
        this.txId = txId;
    }

    public String getName() {
        return name;
    }

    public String getOperator() {
        return operator;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public long getRegisteredAfterEpoch() {
        return registeredAfterEpoch;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getTxId() {
        return txId;
    }

    /** Whether the key may prove epoch {@code epoch}. */
    boolean eligibleFor(long epoch) {
        return registeredAfterEpoch <= Math.max(0, epoch - 2);
    }
}
