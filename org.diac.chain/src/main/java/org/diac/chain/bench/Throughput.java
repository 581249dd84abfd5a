package org.diac.chain.bench;

/**
 * One load run, in the terms of the paper's Table V (Hyperledger Caliper's): successes and failures, the rate at
 * which transactions were sent, the rate at which they completed, and their latencies in seconds.
 */
public record Throughput(String operation, int successes, int failures, int concurrency, double sendRateTps,
        double throughputTps, double minLatencyS, double maxLatencyS, double avgLatencyS) {
}
