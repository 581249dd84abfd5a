package org.diac.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diac bench parse}: parse + link + validate time and peak heap for generated topologies, beside
 * OpenStack tosca-parser on the same files (when its virtual environment is available).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
		description = "Time parse + link + validate of generated topologies; compare with OpenStack tosca-parser.")
public class ParseBenchmark implements Callable<Integer> {

	@Option(names = "--sizes", split = ",", defaultValue = "1000,10000,40000", description = "node template counts (default: ${DEFAULT-VALUE})")
	private List<Integer> sizes;

	@Option(names = "--runs", defaultValue = "3", description = "measured runs per size after one warm-up; the best is reported")
	private int runs;

	@Option(names = "--tosca-parser", defaultValue = "${env:HOME}/.cache/diac/venv-tosca/bin/python",
			description = "python of a virtual environment with tosca-parser; '-' to skip the comparison")
	private String toscaParserPython;

	@Option(names = "--tosca-parser-max", defaultValue = "10000", description = "largest size fed to tosca-parser (it grows faster than linearly)")
	private int toscaParserMax;

	@Override
	public Integer call() throws Exception {
		DocumentValidation validation = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(DocumentValidation.class);
		Path directory = Files.createTempDirectory("diac-bench");
		System.out.printf("machine: %d cores, java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("%-10s %12s %14s %16s %10s%n", "templates", "diac (s)", "peak heap MiB", "tosca-parser (s)", "ratio");
		List<Double> times = new ArrayList<>();
		for (int size : sizes) {
			Path file = TopologyGenerator.write(directory, size);
			progress(String.format("generated %d templates, measuring ...", size));
			double best = Double.MAX_VALUE;
			long peak = 0;
			for (int run = 0; run <= runs; run++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				List<Diagnostic> diagnostics = validation.validate(file);
				double seconds = (System.nanoTime() - start) / 1e9;
				if (diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
					System.err.println();
					System.err.println("benchmark document has errors: " + diagnostics.get(0).toText());
					return 1;
				}
				if (run > 0) {
					best = Math.min(best, seconds);
					peak = Math.max(peak, peakHeap());
				}
			}
			times.add(best);
			String other = "-";
			String ratio = "-";
			if (!"-".equals(toscaParserPython) && size <= toscaParserMax && Files.isExecutable(Path.of(toscaParserPython))) {
				progress(String.format("generated %d templates, running tosca-parser ...", size));
				double seconds = toscaParser(file);
				if (seconds > 0) {
					other = String.format("%.2f", seconds);
					ratio = String.format("%.1fx", seconds / best);
				}
			}
			progress("");
			System.out.printf("%-10d %12.3f %14d %16s %10s%n", size, best, peak >> 20, other, ratio);
		}
		if (times.size() > 1) {
			System.out.printf("growth: time per template %s%n", perTemplate(times));
		}
		return 0;
	}

	/** A progress line that rewrites itself on a terminal; silent when output goes to a file or pipe (the table is the record). */
	private static void progress(String line) {
		if (System.console() != null) {
			System.err.print("\r" + String.format("%-60s", line) + "\r");
			System.err.flush();
		}
	}

	private String perTemplate(List<Double> times) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < times.size(); i++) {
			out.append(i == 0 ? "" : ", ").append(String.format("%.1f µs @ %d", times.get(i) * 1e6 / sizes.get(i), sizes.get(i)));
		}
		return out.toString();
	}

	/** Wall time of tosca-parser on {@code file}, in a fresh interpreter (import time excluded). */
	private double toscaParser(Path file) throws IOException, InterruptedException {
		String script = "import sys,time\nfrom toscaparser.tosca_template import ToscaTemplate\nt=time.time()\n"
				+ "ToscaTemplate(sys.argv[1])\nprint(time.time()-t)\n";
		Process process = new ProcessBuilder(toscaParserPython, "-c", script, file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
			System.err.println("tosca-parser failed: " + output);
			return -1;
		}
		String[] lines = output.split("\n");
		return Double.parseDouble(lines[lines.length - 1].strip());
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
