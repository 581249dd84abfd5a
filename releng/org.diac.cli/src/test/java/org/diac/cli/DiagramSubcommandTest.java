package org.diac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code diac diagram} is reachable from the {@code diac} command (org.diac.diagram's tests cover the rest). */
class DiagramSubcommandTest {

	private static int run(StringWriter out, StringWriter err, String... args) {
		CommandLine cl = Diac.commandLine(args);
		cl.setExitCodeExceptionMapper(e -> 2);
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		return cl.execute(args);
	}

	private static String example(String name) {
		return Path.of(System.getProperty("diac.repo", "../.."), "examples", name).toString();
	}

	@Test
	void svgOfAnExample() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		assertEquals(0, run(out, err, "diagram", "--svg", example("tee-network.diac")), err.toString());
		assertTrue(out.toString().startsWith("<?xml") && out.toString().contains("sgx_proxy"), out.toString());
	}

	@Test
	void theEditorRefusesOutWithoutSvg() {
		// without --svg the command serves the editor until stopped (DiagramBrowserTest covers that); --out is for --svg
		StringWriter err = new StringWriter();
		assertEquals(2, run(new StringWriter(), err, "diagram", example("tee-network.diac"), "--out", "x.svg"));
		assertTrue(err.toString().contains("--out needs --svg"), err.toString());
	}
}
