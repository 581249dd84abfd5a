package org.diac.chain.network;

/** A failure of the local network manager, with a message meant for the person at the terminal. */
public class NetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NetworkException(String message) {
        super(message);
    }

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
