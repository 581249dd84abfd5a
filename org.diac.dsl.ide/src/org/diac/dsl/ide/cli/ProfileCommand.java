package org.diac.dsl.ide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.diac.dsl.library.BuiltInLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diac profile --out FILE}: the DiaC profile as a standard TOSCA 1.3 definitions file (LANGUAGE.md §1). */
@Command(name = "profile", mixinStandardHelpOptions = true,
		description = "Write the DiaC profile (diac.* types) as a TOSCA definitions file that other TOSCA tools can import.")
public class ProfileCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the profile")
	private Path out;

	@Override
	public Integer call() {
		try (InputStream in = BuiltInLibrary.class.getResourceAsStream(BuiltInLibrary.PROFILE)) {
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			// write beside the target, then move: an interrupted run never leaves half a file
			Path temporary = Files.createTempFile(parent, ".diac-profile", ".tmp");
			Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			spec.commandLine().getOut().println("wrote " + out);
			return 0;
		} catch (IOException e) {
			spec.commandLine().getErr().println("diac profile: cannot write " + out + ": " + e.getMessage());
			return 2;
		}
	}
}
