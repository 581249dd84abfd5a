package org.diac.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diac bench parse}: the whole-process time of {@code diac validate} on a small document, and parse + link +
 * validate time and peak heap for generated topologies, each beside OpenStack tosca-parser on the same file (when
 * its virtual environment is available).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
		description = "Time `diac validate` of a small document as a whole process, and parse + link + validate of generated "
				+ "topologies in this process; compare with OpenStack tosca-parser.")
public class ParseBenchmark implements Callable<Integer> {

	/** Five lines, as an everyday document: the start-up of the command is what it measures. */
	static final String SMALL_DOCUMENT = "tosca_definitions_version: tosca_simple_yaml_1_3\n" + "topology_template:\n"
			+ "  node_templates:\n" + "    server:\n" + "      type: tosca.nodes.Compute\n";

	@Option(names = "--sizes", split = ",", defaultValue = "1000,10000,40000", description = "node template counts (default: ${DEFAULT-VALUE})")
	private List<Integer> sizes;

	@Option(names = "--runs", defaultValue = "3", description = "measured runs per size after one warm-up; the best is reported")
	private int runs;

	@Option(names = "--process-runs", defaultValue = "7",
			description = "whole-process runs on the small document after one warm-up; the median is reported (0 skips the case)")
	private int processRuns;

	@Option(names = "--tosca-parser", defaultValue = "${env:HOME}/.cache/diac/venv-tosca/bin/python",
			description = "python of a virtual environment with tosca-parser; '-' to skip the comparison")
	private String toscaParserPython;

	@Option(names = "--tosca-parser-max", defaultValue = "10000", description = "largest size fed to tosca-parser (it grows faster than linearly)")
	private int toscaParserMax;

	@Override
	public Integer call() throws Exception {
		Path directory = Files.createTempDirectory("diac-bench");
		System.out.printf("machine: %d cores, java %s, max heap %d MiB, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf("%-32s %9s %8s %14s %17s %7s%n", "case", "diac (s)", "cpu (s)", "peak heap MiB", "tosca-parser (s)", "ratio");
		if (processRuns > 0 && !smallDocument(directory)) {
			return 1;
		}
		DocumentValidation validation = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(DocumentValidation.class);
		List<Double> times = new ArrayList<>();
		for (int size : sizes) {
			Path file = TopologyGenerator.write(directory, size);
			progress(String.format("generated %d templates, measuring ...", size));
			double best = Double.MAX_VALUE;
			double cpu = Double.MAX_VALUE;
			long peak = 0;
			for (int run = 0; run <= runs; run++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				long cpuStart = processCpuNanos();
				List<Diagnostic> diagnostics = validation.validate(file);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
				if (diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
					System.err.println();
					System.err.println("benchmark document has errors: " + diagnostics.get(0).toText());
					return 1;
				}
				if (run > 0) {
					best = Math.min(best, seconds);
					cpu = Math.min(cpu, cpuSeconds);
					peak = Math.max(peak, peakHeap());
				}
			}
			times.add(best);
			String other = "-";
			String ratio = "-";
			if (size <= toscaParserMax && hasToscaParser()) {
				progress(String.format("generated %d templates, running tosca-parser ...", size));
				double seconds = toscaParser(file);
				if (seconds > 0) {
					other = String.format("%.2f", seconds);
					ratio = String.format("%.1fx", seconds / best);
				}
			}
			progress("");
			System.out.printf("%-32s %9.3f %8.3f %14d %17s %7s%n", String.format("%,d templates, in process", size), best, cpu, peak >> 20,
					other, ratio);
		}
		if (times.size() > 1) {
			System.out.printf("growth: time per template %s%n", perTemplate(times));
		}
		System.out.println("diac (s): small document: median wall time of `diac validate` as a new process; templates: best wall time of "
				+ "parse + link + validate after a warm-up in this process; cpu (s): CPU time of this process in that run (all threads)");
		return 0;
	}

	/**
	 * {@code diac validate} of a five-line document as a new process, the way a user runs it (the launcher script
	 * when this bench was started by it, else this JVM's own command line), beside tosca-parser's whole process
	 * (interpreter start, imports, parse) on the same file.
	 */
	private boolean smallDocument(Path directory) throws IOException, InterruptedException {
		Path file = directory.resolve("small.yaml");
		Files.writeString(file, SMALL_DOCUMENT);
		List<String> command = new ArrayList<>(launcher());
		command.add("validate");
		command.add(file.toString());
		List<Double> walls = new ArrayList<>();
		for (int run = 0; run <= processRuns; run++) {
			progress(String.format("small document, whole process %d/%d ...", run, processRuns));
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int exit = process.waitFor();
			double seconds = (System.nanoTime() - start) / 1e9;
			if (exit != 0) {
				System.err.println("`" + String.join(" ", command) + "` failed (exit " + exit + "): " + output);
				return false;
			}
			if (run > 0) {
				walls.add(seconds);
			}
		}
		String other = "-";
		String ratio = "-";
		if (hasToscaParser()) {
			List<Double> toscaParser = new ArrayList<>();
			for (int run = 0; run <= processRuns; run++) {
				progress(String.format("small document, tosca-parser %d/%d ...", run, processRuns));
				double seconds = toscaParserProcess(file);
				if (seconds < 0) {
					break;
				}
				if (run > 0) {
					toscaParser.add(seconds);
				}
			}
			if (!toscaParser.isEmpty()) {
				other = String.format("%.2f", median(toscaParser));
				ratio = String.format("%.1fx", median(toscaParser) / median(walls));
			}
		}
		progress("");
		// the CPU time of a finished child process is not available to Java
		System.out.printf("%-32s %9.3f %8s %14s %17s %7s%n", "small document, whole process", median(walls), "-", "-", other, ratio);
		return true;
	}

	/** The command that starts {@code diac}: the launcher script if it started this JVM, else this JVM's command line. */
	private static List<String> launcher() {
		String script = System.getenv("DIAC_LAUNCHER");
		if (script != null && Files.isExecutable(Path.of(script))) {
			return List.of(script);
		}
		ProcessHandle.Info info = ProcessHandle.current().info();
		List<String> command = new ArrayList<>();
		command.add(info.command().orElse("java"));
		for (String argument : info.arguments().orElse(new String[0])) {
			command.add(argument);
			if (argument.equals(Diac.class.getName()) || argument.endsWith(".jar") && command.get(command.size() - 2).equals("-jar")) {
				break;
			}
		}
		return command;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
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

	private boolean hasToscaParser() {
		return !"-".equals(toscaParserPython) && Files.isExecutable(Path.of(toscaParserPython));
	}

	/** Wall time of tosca-parser on {@code file}, in a fresh interpreter (import time excluded). */
	private double toscaParser(Path file) throws IOException, InterruptedException {
		String script = "import sys,time\nfrom toscaparser.tosca_template import ToscaTemplate\nt=time.time()\n"
				+ "ToscaTemplate(sys.argv[1])\nprint(time.time()-t)\n";
		String output = run(List.of(toscaParserPython, "-c", script, file.toString()));
		if (output == null) {
			return -1;
		}
		String[] lines = output.split("\n");
		return Double.parseDouble(lines[lines.length - 1].strip());
	}

	/** Wall time of tosca-parser's whole process on {@code file}: interpreter start, imports and parse. */
	private double toscaParserProcess(Path file) throws IOException, InterruptedException {
		String script = "import sys\nfrom toscaparser.tosca_template import ToscaTemplate\nToscaTemplate(sys.argv[1])\n";
		long start = System.nanoTime();
		return run(List.of(toscaParserPython, "-c", script, file.toString())) == null ? -1 : (System.nanoTime() - start) / 1e9;
	}

	/** The output of {@code command}, or null (reported) when it fails. */
	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
			System.err.println("tosca-parser failed: " + output);
			return null;
		}
		return output;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
