package org.diac.dsl.ide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.export.DocumentExport;
import org.diac.dsl.export.JsonTreeWriter;
import org.diac.dsl.export.YamlTreeWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diac export}: the document as published (LANGUAGE.md §4, §5), with module references intact. Exit 0 when
 * exported, 1 when the document has syntax errors (printed; nothing written), 2 on wrong usage or an unreadable
 * file or unwritable output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export a DiaC/TOSCA document as YAML or JSON: every key in its written order, references as written.")
public class ExportCommand implements Callable<Integer> {

	public enum Format {
		yaml, json
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE})")
	private Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of standard output")
	private Path out;

	@Parameters(arity = "1", paramLabel = "FILE", description = "the document to export (.diac, .tosca, .yaml, .yml, any path)")
	private Path file;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("diac export: cannot read " + file + (Files.isDirectory(file) ? " (a directory)" : " (no such readable file)"));
			return 2;
		}
		DocumentExport.Result result;
		try {
			result = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(DocumentExport.class).export(file);
		} catch (IOException e) {
			err.println("diac export: cannot read " + file + ": " + e.getMessage());
			return 2;
		}
		if (!result.exported()) {
			result.syntaxErrors().forEach(d -> stdout.println(d.toText()));
			stdout.flush();
			return 1;
		}
		String text = format == Format.json ? JsonTreeWriter.write(result.tree()) : YamlTreeWriter.write(result.tree());
		if (out == null) {
			stdout.print(text);
			stdout.flush();
			return 0;
		}
		try {
			writeAtomically(text, out);
			stdout.println("wrote " + out);
			stdout.flush();
			return 0;
		} catch (IOException e) {
			err.println("diac export: cannot write " + out + ": " + e.getMessage());
			return 2;
		}
	}

	/** Beside the target, then moved over it: an interrupted run never leaves half a file. */
	public static void writeAtomically(String text, Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, ".diac-export", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
