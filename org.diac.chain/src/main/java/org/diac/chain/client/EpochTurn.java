package org.diac.chain.client;

/** The next epoch of a document: whose turn it is ("" when nobody has an eligible VRF key) and the alpha to prove. */
public record EpochTurn(String name, long epoch, String proposer, String alpha, String candidates) {
}
