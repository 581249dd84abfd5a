package org.diac.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diac.chain.bench.ChainBenchReport;
import org.diac.chain.bench.ChainBenchmark;
import org.diac.chain.bench.DocumentTiming;
import org.diac.chain.bench.SizedDocument;
import org.diac.chain.bench.Throughput;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diac bench chain}: the paper's Tables IV and V re-measured on the local network (started when it is not
 * running) or on the network of {@code --profile}, printed beside the paper's figures.
 */
@Command(name = "chain", mixinStandardHelpOptions = true, description = {
        "Re-measures the paper's Table IV (import and export time per document size) and Table V (create and read "
                + "throughput and latency) on the local Fabric network (started if it is not running; "
                + "./diac network down stops it) or on the network of --profile.",
        "Exit: 0 measured, 1 a transaction failed during set-up, 3 no network."})
public class ChainBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--sizes", split = ",", paramLabel = "KB", description = "document sizes in KB (default: the paper's "
            + "0.7,1.1,2.6,3.3,4.3,5.4 plus 50,500)")
    List<String> sizes = List.of(SizedDocument.TABLE_IV_SIZES);

    @Option(names = "--runs", defaultValue = "7", description = "measured imports and exports per size after one "
            + "warm-up; medians are reported (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--creates", defaultValue = "1000", description = "documents created for Table V (default: ${DEFAULT-VALUE})")
    int creates;

    @Option(names = "--reads", defaultValue = "10000", description = "exports for Table V (default: ${DEFAULT-VALUE})")
    int reads;

    @Option(names = "--concurrency", defaultValue = "64", description = "requests in flight for Table V (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--home", paramLabel = "DIR", description = "state folder of the local network (default: ${DIAC_HOME:-<repo>/.diac})")
    Path home;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("json")) {
            err.println("diac bench chain: --format must be table or json, not " + format);
            return LedgerOptions.USAGE;
        }
        try {
            if (ledger.profile == null) {
                LocalFabricNetwork network = LocalFabricNetwork.fromEnvironment(home, line -> progress(err, line));
                if (!network.status().allRunning()) {
                    progress(err, "starting the local network (./diac network down stops it)");
                    network.up();
                }
                if (home != null) {
                    ledger.profile = network.connectionProfileFile();
                }
            }
            Path work = Files.createTempDirectory("diac-bench-chain");
            String prefix = "bench-" + Long.toString(System.currentTimeMillis(), 36);
            ChainBenchmark.Settings settings = new ChainBenchmark.Settings(runs, creates, reads, concurrency, prefix, work);
            ChainBenchReport report;
            try (DiacLedger l = ledger.connect()) {
                ChainBenchmark bench = new ChainBenchmark(l, settings, line -> progress(err, line));
                List<DocumentTiming> documents = bench.documents(sizes);
                List<String> created = new ArrayList<>();
                Throughput create = bench.creates(created);
                Throughput read = bench.reads(created);
                report = new ChainBenchReport(DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atZone(ZoneOffset.UTC)),
                        machine(), String.format(Locale.ROOT, "%d runs per size, %d creates, %d reads, concurrency %d, "
                                + "gateway %s, one client process", runs, creates, reads, concurrency, l.endpoint()),
                        documents, create, read);
            } finally {
                deleteQuietly(work);
            }
            err.print("\r\033[K");
            err.flush();
            out.print(format.equals("json") ? report.json() + "\n" : report.tables());
            out.flush();
            return LedgerOptions.OK;
        } catch (ChainException e) {
            return LedgerOptions.fail("bench chain", e, err);
        } catch (NetworkException e) {
            err.println("diac bench chain: " + e.getMessage());
            return LedgerOptions.NO_NETWORK;
        } catch (IOException e) {
            err.println("diac bench chain: " + e.getMessage());
            return LedgerOptions.USAGE;
        }
    }

    private static void progress(PrintWriter err, String line) {
        err.print("\r\033[Kbench chain: " + line);
        err.flush();
    }

    static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count and Java version still say enough
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return String.format(Locale.ROOT, "%d cores (%s), %d GiB, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
