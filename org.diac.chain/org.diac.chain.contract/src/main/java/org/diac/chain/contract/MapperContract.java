package org.diac.chain.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The mapper module (LANGUAGE.md §4): allocation state per epoch. Operators register a VRF key, then take turns
 * proving each epoch's randomness; the chaincode verifies the proof and recomputes the allocation ({@link Epochs}).
 */
@Contract(name = "mapper", info = @Info(title = "DiaC mapper", version = "1.0",
        description = "Allocation state per epoch"))
public final class MapperContract implements ContractInterface {

    /** The mapper module of version {@code version} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public ModuleState read(Context ctx, String name, long version) {
        return DocumentService.read(ctx, name, version, Module.MAPPER);
    }

    /** A new version of the whole document that changes the mapper module only, if its Permissions rule lets the submitter. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public DocumentVersion update(Context ctx, String name, String content) {
        return DocumentService.publish(ctx, name, content, Module.MAPPER);
    }

    /**
     * Operator {@code operator}, which must be the submitter, registers its VRF public key (ECVRF-P256-SHA256-TAI,
     * compressed, hex) for document {@code name}. Once per operator; the key takes turns from the epoch after next.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public VrfKey registerVrfKey(Context ctx, String name, String operator, String publicKeyHex) {
        return Epochs.register(ctx, name, operator, publicKeyHex);
    }

    /** The next epoch of {@code name}: its number, whose turn it is and the alpha to prove. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public EpochTurn nextEpoch(Context ctx, String name) {
        return Epochs.turn(ctx, name);
    }

    /**
     * The operator whose turn it is stores epoch {@code epoch}: {@code proofHex} is its VRF proof of the epoch's
     * alpha ({@code alphaHex}, optional, must then equal the chaincode's). Refused: a proof that does not verify
     * (INVALID_PROOF), a submitter out of turn (OUT_OF_TURN), an epoch already stored or not the next (WRONG_EPOCH).
     * Stores seed, proof and the allocation recomputed from the adopted document; emits {@code EpochAdopted}.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public EpochRecord proposeEpoch(Context ctx, String name, long epoch, String alphaHex, String proofHex) {
        return Epochs.propose(ctx, name, epoch, alphaHex, proofHex);
    }

    /** Epoch {@code epoch} of {@code name} (0: the latest). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public EpochRecord readEpoch(Context ctx, String name, long epoch) {
        return Epochs.read(ctx.getStub(), name, epoch);
    }
}
