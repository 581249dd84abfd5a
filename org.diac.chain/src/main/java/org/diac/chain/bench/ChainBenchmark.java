package org.diac.chain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;

/**
 * Re-measures the paper's Tables IV and V against a running network through one {@link DiacLedger} (one gateway
 * connection, shared by every worker thread: the gateway client is thread-safe and gRPC multiplexes the calls).
 *
 * <ul>
 * <li>Table IV: for each size, one warm-up, then {@code runs} imports (read the file, publish, wait for the
 * commit: each run a new version of the same document) and exports (evaluate, write the YAML file); medians.</li>
 * <li>Table V: "create asset" is publishing a new 0.7 KB document under a fresh name; "read asset" is exporting one
 * of them. {@code concurrency} workers each send their next request when their last one completes (a closed
 * loop, as Caliper's fixed-load rate controller).</li>
 * </ul>
 */
public final class ChainBenchmark {

    /** Settings; {@code prefix} makes the names of this run's documents unique on the ledger. */
    public record Settings(int runs, int creates, int reads, int concurrency, String prefix, Path workDir) {
        public Settings {
            if (runs < 1 || creates < 1 || reads < 1 || concurrency < 1) {
                throw new IllegalArgumentException("runs, creates, reads and concurrency must be at least 1");
            }
            Objects.requireNonNull(prefix);
            Objects.requireNonNull(workDir);
        }
    }

    private final DiacLedger ledger;
    private final Settings settings;
    private final Consumer<String> progress;

    public ChainBenchmark(DiacLedger ledger, Settings settings, Consumer<String> progress) {
        this.ledger = ledger;
        this.settings = settings;
        this.progress = progress;
    }

    /** Table IV for the given size labels (KB). */
    public List<DocumentTiming> documents(List<String> labels) {
        List<DocumentTiming> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(document(SizedDocument.of(label, settings.prefix())));
        }
        return rows;
    }

    DocumentTiming document(SizedDocument doc) {
        Path input = settings.workDir().resolve(doc.name() + ".yaml");
        Path output = settings.workDir().resolve(doc.name() + ".export.yaml");
        Latencies imports = new Latencies(settings.runs());
        Latencies exports = new Latencies(settings.runs());
        for (int run = -1; run < settings.runs(); run++) {
            progress.accept(String.format("Table IV %s KB (%d bytes): run %d/%d", doc.label(), doc.bytes(),
                    Math.max(0, run + 1), settings.runs()));
            write(input, doc.revision(run + 1));
            long t0 = System.nanoTime();
            ledger.publish(doc.name(), read(input));
            long t1 = System.nanoTime();
            write(output, ledger.export(doc.name(), 0, DiacLedger.Format.YAML, false));
            long t2 = System.nanoTime();
            if (run >= 0) { // the first round warms the JIT and the chaincode's code paths
                imports.add(t1 - t0);
                exports.add(t2 - t1);
            }
        }
        return new DocumentTiming(doc.label(), doc.bytes(), settings.runs(), imports.medianSeconds(),
                exports.medianSeconds());
    }

    /** Table V's first column: publishes {@code creates} new small documents; returns their names too. */
    public Throughput creates(List<String> createdNames) {
        SizedDocument template = SizedDocument.of("0.7", settings.prefix());
        int n = settings.creates();
        Throughput t = load("create", n, i -> {
            String name = settings.prefix() + "-asset-" + i;
            ledger.publish(name, template.text().replace(template.name(), name));
        });
        for (int i = 0; i < n; i++) {
            createdNames.add(settings.prefix() + "-asset-" + i);
        }
        return t;
    }

    /** Table V's second column: exports documents from {@code names}, round robin. */
    public Throughput reads(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("nothing to read: create first");
        }
        return load("read", settings.reads(),
                i -> ledger.export(names.get(i % names.size()), 0, DiacLedger.Format.YAML, false));
    }

    private Throughput load(String operation, int total, IntConsumer request) {
        // a warm-up, not counted (the JIT of a fresh chaincode server and of this client compiles for a minute on two
        // cores), on indexes after the measured ones: a create must not publish a name the measured run publishes
        int warm = Math.max(settings.concurrency(), total / 5);
        runClosedLoop(warm, i -> request.accept(total + i), null, new AtomicInteger(), operation + " warm-up");
        Latencies latencies = new Latencies(total);
        AtomicInteger failures = new AtomicInteger();
        AtomicLong firstSend = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastSend = new AtomicLong();
        long start = System.nanoTime();
        runClosedLoop(total, i -> {
            long t0 = System.nanoTime();
            firstSend.accumulateAndGet(t0, Math::min);
            lastSend.accumulateAndGet(t0, Math::max);
            request.accept(i);
            latencies.add(System.nanoTime() - t0);
        }, latencies, failures, operation);
        double wall = (System.nanoTime() - start) / 1e9;
        int ok = latencies.count();
        double sendSpan = (lastSend.get() - firstSend.get()) / 1e9;
        double sendRate = sendSpan > 0 ? (ok + failures.get()) / sendSpan : Double.NaN;
        return new Throughput(operation, ok, failures.get(), settings.concurrency(), sendRate, ok / wall,
                latencies.minSeconds(), latencies.maxSeconds(), latencies.averageSeconds());
    }

    private void runClosedLoop(int total, IntConsumer request, Latencies done, AtomicInteger failures, String what) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        List<ChainException> firstFailure = new ArrayList<>(1);
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        try {
            for (int w = 0; w < settings.concurrency(); w++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        try {
                            request.accept(i);
                        } catch (ChainException e) {
                            failures.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure.isEmpty()) {
                                    firstFailure.add(e);
                                }
                            }
                        }
                        completed.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.accept(String.format("%s: %d/%d done, %d failed", what, completed.get(), total, failures.get()));
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new ChainException(ChainException.Reason.SETUP, "interrupted");
        }
        if (!firstFailure.isEmpty() && done == null) {
            throw firstFailure.get(0); // a failing warm-up means the set-up is wrong: no figures to print
        }
        if (!firstFailure.isEmpty()) {
            progress.accept(what + ": " + failures.get() + " failed, the first: " + firstFailure.get(0).getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
