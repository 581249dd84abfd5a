package org.diac.chain.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Network;

/**
 * The chaincode's events after a checkpoint stored in a file (fabric-gateway's {@link FileCheckpointer}): a new
 * follower starts at the next block; {@link #checkpoint} after an event is handled, so a restart resumes after it
 * and never sees it again. Blocks until the next event; {@link #close} ends the stream.
 */
public final class ChainEvents implements AutoCloseable, Iterator<ChainEvent> {

    private final FileCheckpointer checkpointer;
    private final CloseableIterator<ChaincodeEvent> events;
    private final String endpoint;
    private ChaincodeEvent last;

    ChainEvents(Network network, String chaincode, Path checkpointFile, String endpoint) {
        this.endpoint = endpoint;
        try {
            this.checkpointer = new FileCheckpointer(checkpointFile);
        } catch (IOException e) {
            throw new ChainException(ChainException.Reason.SETUP, null, "cannot open the event checkpoint "
                    + checkpointFile + ": " + e.getMessage(), e);
        }
        this.events = network.newChaincodeEventsRequest(chaincode).checkpoint(checkpointer).build().getEvents();
    }

    @Override
    public boolean hasNext() {
        try {
            return events.hasNext();
        } catch (GatewayRuntimeException e) {
            throw broken(e);
        }
    }

    @Override
    public ChainEvent next() {
        try {
            last = events.next();
            return ChainEvent.of(last);
        } catch (GatewayRuntimeException e) {
            throw broken(e);
        }
    }

    /** Records the last event returned as handled. */
    public void checkpoint() {
        if (last != null) {
            try {
                checkpointer.checkpointChaincodeEvent(last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The block of the stored checkpoint (-1: none yet). */
    public long checkpointBlock() {
        return checkpointer.getBlockNumber().orElse(-1);
    }

    @Override
    public void close() {
        events.close();
        try {
            checkpointer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChainException broken(GatewayRuntimeException e) {
        return new ChainException(ChainException.Reason.NETWORK_DOWN, e.getStatus().getCode().name(),
                "the chaincode event stream from " + endpoint + " broke (" + e.getStatus().getCode() + "): "
                        + e.getStatus().getDescription(), e);
    }
}
