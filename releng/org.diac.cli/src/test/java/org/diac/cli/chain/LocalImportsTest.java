package org.diac.cli.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diac.chain.client.ImportedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImportsTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void collectsRelativeImportsTransitivelyWithPathsRelativeToTheDocumentsFolder() throws Exception {
        Path doc = write("net.diac", """
                tosca_definitions_version: tosca_simple_yaml_1_3
                imports:
                  - types/app.yaml
                  - file: https://example.org/remote.yaml
                  - file: lib.yaml
                    repository: community
                """);
        write("types/app.yaml", "tosca_definitions_version: tosca_simple_yaml_1_3\nimports: [ ../common.yaml ]\n");
        write("common.yaml", "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        List<ImportedFile> files = LocalImports.of(doc);
        assertEquals(List.of("types/app.yaml", "common.yaml"), files.stream().map(ImportedFile::path).toList());
        assertTrue(files.get(1).content().startsWith("tosca_definitions_version"));
    }

    @Test
    void anImportOutsideTheDocumentsFolderIsNotPublishedAndNamed() throws Exception {
        Path doc = write("sub/net.diac", "tosca_definitions_version: tosca_simple_yaml_1_3\nimports: [ ../shared.yaml ]\n");
        write("shared.yaml", "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        LocalImports.Unpublishable e = assertThrows(LocalImports.Unpublishable.class, () -> LocalImports.of(doc));
        assertTrue(e.getMessage().contains("'../shared.yaml' is outside the document's folder"), e.getMessage());
    }

    @Test
    void aMissingImportIsNamedWithWhereItWasLookedFor() throws Exception {
        Path doc = write("net.diac", "tosca_definitions_version: tosca_simple_yaml_1_3\nimports: [ gone.yaml ]\n");
        LocalImports.Unpublishable e = assertThrows(LocalImports.Unpublishable.class, () -> LocalImports.of(doc));
        assertTrue(e.getMessage().contains("'gone.yaml' is not a file"), e.getMessage());
    }

    @Test
    void aDocumentWithoutImportsPublishesAlone() throws Exception {
        assertEquals(List.of(), LocalImports.of(write("net.diac", "tosca_definitions_version: tosca_simple_yaml_1_3\n")));
    }
}
