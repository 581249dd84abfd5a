package org.diac.tests.lsp;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that speak to one language server per test class, on a fresh workspace folder. */
abstract class LspSessionTest {

	@TempDir
	static Path workspace;

	static LspSession session;

	@BeforeAll
	static void start() throws Exception {
		session = LspSession.start(workspace);
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}
}
