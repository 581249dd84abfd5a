package org.diac.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarLayoutTest {

	@TempDir
	Path dir;

	@Test
	void theSidecarLivesBesideTheDocument() {
		assertEquals(dir.resolve("net.diac.layout.json"), SidecarLayout.of(dir.resolve("net.diac")));
	}

	@Test
	void noSidecarMeansNoPositions() throws IOException {
		assertTrue(SidecarLayout.read(dir.resolve("net.diac")).isEmpty());
	}

	@Test
	void writtenPositionsReadBackAndTheDocumentIsUntouched() throws IOException {
		Path document = Files.writeString(dir.resolve("net.diac"), "tosca_definitions_version: tosca_simple_yaml_1_3\n");
		SidecarLayout.write(document, Map.of("alice", new Point(40, 300.5)));
		assertEquals(Map.of("alice", new Point(40, 300.5)), SidecarLayout.read(document));
		assertEquals("tosca_definitions_version: tosca_simple_yaml_1_3\n", Files.readString(document));
		assertTrue(Files.readString(SidecarLayout.of(document)).contains("\"positions\""));
	}

	@Test
	void aBrokenSidecarIsAnErrorNamingTheFile() throws IOException {
		Path document = dir.resolve("net.diac");
		Files.writeString(SidecarLayout.of(document), "{ \"positions\": [ 1, 2 ");
		IOException e = assertThrows(IOException.class, () -> SidecarLayout.read(document));
		assertTrue(e.getMessage().contains("net.diac.layout.json"), e.getMessage());
	}
}
