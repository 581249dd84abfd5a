package org.diac.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diac:validate} on real files: a valid project passes; an error fails the build with file, line and code. */
class ValidateMojoTest {

    @TempDir
    Path project;

    private ValidateMojo mojo(Path basedir) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.basedir = basedir.toFile();
        mojo.outputDirectory = basedir.resolve("target/diac").toFile();
        return mojo;
    }

    @Test
    void theShardingExampleProjectValidates() {
        assertDoesNotThrow(() -> mojo(Examples.shardingMaven()).execute());
    }

    @Test
    void anErrorFailsTheBuildNamingFileLineColumnAndRule() throws Exception {
        Path bad = Files.createDirectories(project.resolve("src/main/diac")).resolve("bad.diac");
        Files.writeString(bad, """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    server:
                      type: tosca.nodes.Compute
                    broken:
                      type: tosca.nodes.NoSuchType
                """);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project).execute());
        assertTrue(e.getMessage().contains(bad + ":7:"), e.getMessage());
        assertTrue(e.getMessage().contains("error TOSCA-UNKNOWN-TYPE"), e.getMessage());
    }

    @Test
    void configuredDocumentsAreCheckedAndAMissingOneIsNamed() {
        ValidateMojo mojo = mojo(project);
        mojo.documents = List.of(project.resolve("nowhere.diac").toFile());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("nowhere.diac does not exist"), e.getMessage());
    }

    @Test
    void aProjectWithoutDocumentsFailsSayingWhereItLooked() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project).execute());
        assertTrue(e.getMessage().contains("src/main/diac"), e.getMessage());
    }
}
