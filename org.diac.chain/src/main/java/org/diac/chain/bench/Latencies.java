package org.diac.chain.bench;

import java.util.Arrays;

/** Latencies of one kind of operation, in nanoseconds; safe for one writer per slot (each thread its own index). */
public final class Latencies {

    private final long[] nanos;
    private int count;

    public Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    public synchronized void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public synchronized int count() {
        return count;
    }

    public synchronized double medianSeconds() {
        return percentileSeconds(50);
    }

    public synchronized double percentileSeconds(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e9;
    }

    public synchronized double averageSeconds() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).average().orElse(0) / 1e9;
    }

    public synchronized double minSeconds() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).min().orElse(0) / 1e9;
    }

    public synchronized double maxSeconds() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).max().orElse(0) / 1e9;
    }
}
