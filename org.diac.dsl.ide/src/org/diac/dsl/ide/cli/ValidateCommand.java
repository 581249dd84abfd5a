package org.diac.dsl.ide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.diac.dsl.DiacStandaloneSetup;
import org.diac.dsl.validation.Diagnostic;
import org.diac.dsl.validation.DocumentValidation;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diac validate}: exit 0 without errors, 1 with errors, 2 when a file cannot be read (LANGUAGE.md §6). */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Parse, link and validate DiaC/TOSCA documents; each FILE is its own root with its own imports.")
public class ValidateCommand implements Callable<Integer> {

	public enum Format {
		text, json
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private Format format;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to validate (.diac, .tosca, .yaml, .yml, any path)")
	private List<Path> files;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		DocumentValidation validation = new DiacStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(DocumentValidation.class);
		List<Diagnostic> all = new ArrayList<>();
		boolean unreadable = false;
		for (Path file : files) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				err.println("diac validate: cannot read " + file + (Files.isDirectory(file) ? " (a directory)" : " (no such readable file)"));
				unreadable = true;
				continue;
			}
			try {
				all.addAll(validation.validate(file));
			} catch (IOException e) {
				err.println("diac validate: cannot read " + file + ": " + e.getMessage());
				unreadable = true;
			}
		}
		if (format == Format.json) {
			out.println(json(all));
		} else {
			all.forEach(d -> out.println(d.toText()));
		}
		out.flush();
		if (unreadable) {
			return 2;
		}
		return all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? 1 : 0;
	}

	static String json(List<Diagnostic> diagnostics) {
		JsonArray array = new JsonArray();
		for (Diagnostic d : diagnostics) {
			JsonObject object = new JsonObject();
			object.addProperty("file", d.file());
			object.addProperty("line", d.line());
			object.addProperty("column", d.column());
			object.addProperty("severity", d.severity().label());
			object.addProperty("code", d.code());
			object.addProperty("message", d.message());
			array.add(object);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}
}
